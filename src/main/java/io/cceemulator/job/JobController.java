package io.cceemulator.job;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.CceException;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.web.CceOperation;

@RestController
class JobController {

	private final StateStore store;

	JobController(StateStore store) {
		this.store = store;
	}

	@CceOperation("ShowJob")
	@GetMapping("/api/v3/projects/{project_id}/jobs/{job_id}")
	JobView show(@PathVariable("project_id") String projectId, @PathVariable("job_id") String jobId) {
		ProjectState state = this.store.read(projectId);
		return state.job(jobId)
			.map((job) -> JobView.of(job, state.jobOwner(jobId).orElse(null)))
			.orElseThrow(() -> CceException.jobNotFound(jobId));
	}

}
