/**
 * Asynchronous jobs: {@code GET /api/v3/projects/{project_id}/jobs/{job_id}}. Jobs move through their phases by
 * the emulator's clock; this package knows no cluster or node, features react to a finished job through
 * {@link io.cceemulator.job.JobListener}.
 */
package io.cceemulator.job;
