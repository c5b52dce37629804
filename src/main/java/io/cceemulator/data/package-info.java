/**
 * The data the emulator starts with: its file format, the embedded default, and loading it into the registries.
 */
package io.cceemulator.data;
