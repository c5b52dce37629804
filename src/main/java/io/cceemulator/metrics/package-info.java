/**
 * Prometheus metrics of the emulated API at {@code /actuator/prometheus}: {@code cce_requests_total} by operation,
 * status and error code, and {@code cce_jobs} by phase.
 */
package io.cceemulator.metrics;
