/**
 * Cross-cutting beans only: the emulator's clock, request ids, JSON settings and time formats.
 */
package io.cceemulator.system;
