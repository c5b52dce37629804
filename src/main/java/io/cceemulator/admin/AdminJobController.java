package io.cceemulator.admin;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.AdminException;
import io.cceemulator.job.Job;
import io.cceemulator.job.JobEngine;

/** Every job of every project, and forcing a job's outcome now, whatever the clock says. */
@RestController
@RequestMapping("/__admin/jobs")
class AdminJobController {

	record Failure(String reason) {
	}

	private final JobEngine jobs;

	AdminJobController(JobEngine jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	List<Job> list(@RequestParam(name = "projectId", required = false) String projectId,
			@RequestParam(name = "phase", required = false) String phase) {
		this.jobs.settle();
		return this.jobs.all()
			.stream()
			.filter((j) -> projectId == null || j.projectId().equals(projectId))
			.filter((j) -> phase == null || j.phase().wire().equalsIgnoreCase(phase))
			.sorted(Comparator.comparing(Job::created).thenComparing(Job::id))
			.toList();
	}

	@GetMapping("/{job_id}")
	Job show(@PathVariable("job_id") String jobId) {
		this.jobs.settle();
		return find(jobId);
	}

	@PostMapping("/{job_id}/succeed")
	Job succeed(@PathVariable("job_id") String jobId) {
		Job job = find(jobId);
		if (!this.jobs.succeed(jobId)) {
			throw AdminException.conflict("job " + jobId + " has finished already: " + job.phase().wire());
		}
		return find(jobId);
	}

	@PostMapping("/{job_id}/fail")
	Job fail(@PathVariable("job_id") String jobId, @RequestBody(required = false) Failure failure) {
		Job job = find(jobId);
		String reason = (failure != null && failure.reason() != null) ? failure.reason() : "failed by the admin API";
		if (!this.jobs.fail(jobId, reason)) {
			throw AdminException.conflict("job " + jobId + " has finished already: " + job.phase().wire());
		}
		return find(jobId);
	}

	private Job find(String jobId) {
		return this.jobs.find(jobId)
			.orElseThrow(() -> AdminException.notFound("job " + jobId + " not found"));
	}

}
