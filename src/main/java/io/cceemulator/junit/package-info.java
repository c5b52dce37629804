/**
 * Testing against the emulator from JUnit Jupiter: {@link io.cceemulator.junit.CceEmulatorTest} starts one inside
 * the test JVM and resets it before each test; {@link io.cceemulator.junit.CceEmulator} drives its admin API (data,
 * clock, faults, journal) over HTTP, so {@link io.cceemulator.junit.CceEmulator#connect(String, String)} drives a
 * Docker or remote emulator the same way. Shipped in the {@code lib} jar; JUnit is the user's own dependency.
 */
package io.cceemulator.junit;
