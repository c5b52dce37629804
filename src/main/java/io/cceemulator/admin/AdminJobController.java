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
import io.cceemulator.state.Job;
import io.cceemulator.state.JobState;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;
import io.cceemulator.web.ApiSurface;

/** Every job of every project, and forcing a job's outcome now, whatever the clock says. */
@RestController
@RequestMapping(ApiSurface.ADMIN_PREFIX + "/jobs")
class AdminJobController {

	record Failure(String reason) {
	}

	private final StateStore store;

	AdminJobController(StateStore store) {
		this.store = store;
	}

	@GetMapping
	List<Job> list(@RequestParam(name = "projectId", required = false) String projectId,
			@RequestParam(name = "phase", required = false) String phase) {
		return this.store.world()
			.projects()
			.values()
			.stream()
			.filter((p) -> projectId == null || p.projectId().equals(projectId))
			.flatMap((p) -> p.jobs().stream())
			.map(JobState::job)
			.filter((j) -> phase == null || j.phase().wire().equalsIgnoreCase(phase))
			.sorted(Comparator.comparing(Job::created).thenComparing(Job::id))
			.toList();
	}

	@GetMapping("/{job_id}")
	Job show(@PathVariable("job_id") String jobId) {
		return find(jobId);
	}

	/** Ends the job with Success now, with its effect, whatever the clock says. */
	@PostMapping("/{job_id}/succeed")
	Job succeed(@PathVariable("job_id") String jobId) {
		return finish(jobId, (tx) -> tx.succeedJob(jobId));
	}

	@PostMapping("/{job_id}/fail")
	Job fail(@PathVariable("job_id") String jobId, @RequestBody(required = false) Failure failure) {
		String reason = (failure != null && failure.reason() != null) ? failure.reason() : "failed by the admin API";
		return finish(jobId, (tx) -> tx.failJob(jobId, reason));
	}

	private Job finish(String jobId, java.util.function.Predicate<Tx> finish) {
		Job job = find(jobId);
		boolean finished = this.store.write(job.projectId(), (tx) -> finish.test(tx));
		if (!finished) {
			throw AdminException.conflict("job " + jobId + " has finished already: " + find(jobId).phase().wire());
		}
		return find(jobId);
	}

	/** A job of any project (top-level: sub-jobs finish with their parent). */
	private Job find(String jobId) {
		return this.store.world()
			.projects()
			.values()
			.stream()
			.flatMap((p) -> p.jobState(jobId).stream())
			.map(JobState::job)
			.findFirst()
			.orElseThrow(() -> AdminException.notFound("job " + jobId + " not found"));
	}

}
