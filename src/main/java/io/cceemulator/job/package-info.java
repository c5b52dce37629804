/**
 * Asynchronous jobs: {@code GET /api/v3/projects/{project_id}/jobs/{job_id}}, for jobs and sub-jobs alike. Jobs
 * themselves live in the state and move through their phases by the emulator's clock ({@code state.JobScheduler}).
 */
package io.cceemulator.job;
