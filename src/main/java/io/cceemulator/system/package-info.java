/**
 * Cross-cutting beans only: the emulator's clock, ids, JSON settings and time formats.
 */
package io.cceemulator.system;
