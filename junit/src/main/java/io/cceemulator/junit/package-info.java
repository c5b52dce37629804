/**
 * Testing against the CCE emulator from JUnit Jupiter: {@link io.cceemulator.junit.CceEmulatorTest} runs one in a
 * JVM of its own and resets it before each test; {@link io.cceemulator.junit.CceEmulator} drives its admin API (data,
 * clock, faults, journal) over HTTP, so {@link io.cceemulator.junit.CceEmulator#connect(String, String)} drives a
 * Docker or remote emulator the same way. The library's only dependency is JUnit's API; the emulator's jar is inside
 * it, and none of the emulator's classes or settings reach the test's classpath.
 */
package io.cceemulator.junit;
