package io.cceemulator.job;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.CceException;
import io.cceemulator.system.CceOperation;

@RestController
class JobController {

	private final JobEngine jobs;

	JobController(JobEngine jobs) {
		this.jobs = jobs;
	}

	@CceOperation("ShowJob")
	@GetMapping("/api/v3/projects/{project_id}/jobs/{job_id}")
	JobView show(@PathVariable("project_id") String projectId, @PathVariable("job_id") String jobId) {
		return this.jobs.find(projectId, jobId).map(JobView::of).orElseThrow(() -> CceException.jobNotFound(jobId));
	}

}
