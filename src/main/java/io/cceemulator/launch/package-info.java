/**
 * Running as another process's child, as the JUnit library runs the emulator: the port is announced in a file once
 * the emulator is ready, and the emulator exits when its launcher does.
 */
package io.cceemulator.launch;
