/**
 * Deterministic fault plans a test installs through the admin API: canned errors for the next N calls, added
 * latency, throttling past a rate, and jobs (or one node's migration) failing at a given phase.
 */
package io.cceemulator.fault;
