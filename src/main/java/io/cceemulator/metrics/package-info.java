/**
 * Prometheus metrics of the emulated API at {@code /actuator/prometheus} (Actuator's path, written without it):
 * {@code cce_requests_total} by operation, status and error code, {@code cce_jobs} by phase, and a few of the JVM's.
 */
package io.cceemulator.metrics;
