package io.cceemulator.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job and its sub-jobs (same shape). A parent finishes only when its sub-jobs have.
 *
 * @param type e.g. {@code MigrateNode}; sub-jobs of a migration are {@code InstallNode}, one per node
 * @param resourceId what the job works on: the source cluster, or the node for a sub-job
 */
public record Job(String id, String projectId, String type, String clusterId, String resourceId,
		String resourceName, Map<String, String> extendParam, List<Job> subJobs, JobPhase phase, String reason,
		Instant created, Instant updated) {

	Job moved(JobPhase to, String why, Instant at) {
		List<Job> subs = this.subJobs.stream().map((s) -> s.phase().isFinished() ? s : s.moved(to, why, at)).toList();
		return new Job(this.id, this.projectId, this.type, this.clusterId, this.resourceId, this.resourceName,
				this.extendParam, subs, to, why, this.created, at);
	}

	/** The job failed because some of its sub-jobs did; the others succeeded. */
	Job failedFor(JobFailure failure, Instant at) {
		List<Job> subs = this.subJobs.stream()
			.map((s) -> failure.resources().contains(s.resourceId()) ? s.moved(JobPhase.FAILED, failure.reason(), at)
					: s.moved(JobPhase.SUCCESS, "", at))
			.toList();
		String failed = String.join(", ", this.subJobs.stream()
			.map(Job::resourceId)
			.filter(failure.resources()::contains)
			.toList());
		return new Job(this.id, this.projectId, this.type, this.clusterId, this.resourceId, this.resourceName,
				this.extendParam, subs, JobPhase.FAILED, "sub-job of " + failed + " failed: " + failure.reason(),
				this.created, at);
	}

}
