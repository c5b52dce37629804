/**
 * Optional persistence: an append-only log of every accepted change, fsync'd before the call returns, replayed
 * and compacted at start-up, so a restarted emulator (even after kill -9) holds exactly what clients were told.
 */
package io.cceemulator.persistence;
