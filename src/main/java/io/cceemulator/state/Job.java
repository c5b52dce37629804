package io.cceemulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A job and its sub-jobs (same shape, to any depth). A parent finishes only when its sub-jobs have.
 *
 * @param type e.g. {@code MigrateNode}; sub-jobs of a migration are {@code InstallNode}, one per node
 * @param resourceId what the job works on: the source cluster, or the node for a sub-job
 */
public record Job(String id, String projectId, String type, String clusterId, String resourceId,
		String resourceName, Map<String, String> extendParam, List<Job> subJobs, JobPhase phase, String reason,
		Instant created, Instant updated) {

	/** This job or one of its sub-jobs, at any depth. */
	public Optional<Job> find(String jobId) {
		return tree().filter((j) -> j.id().equals(jobId)).findFirst();
	}

	/** The job (this one, or one of its sub-jobs) that {@code jobId} is a direct sub-job of. */
	public Optional<Job> ownerOf(String jobId) {
		return tree().filter((j) -> j.subJobs().stream().anyMatch((s) -> s.id().equals(jobId))).findFirst();
	}

	/** This job and all of its sub-jobs, parents first. */
	public Stream<Job> tree() {
		return Stream.concat(Stream.of(this), this.subJobs.stream().flatMap(Job::tree));
	}

	/** Whether this job or one of its sub-jobs works on one of the resources. */
	boolean concerns(Set<String> resources) {
		return tree().anyMatch((j) -> resources.contains(j.resourceId()));
	}

	Job moved(JobPhase to, String why, Instant at) {
		List<Job> subs = this.subJobs.stream().map((s) -> s.phase().isFinished() ? s : s.moved(to, why, at)).toList();
		return new Job(this.id, this.projectId, this.type, this.clusterId, this.resourceId, this.resourceName,
				this.extendParam, subs, to, why, this.created, at);
	}

	/** The job failed because some of its sub-jobs did; the others succeeded. */
	Job failedFor(JobFailure failure, Instant at) {
		List<Job> subs = this.subJobs.stream()
			.map((s) -> s.concerns(failure.resources()) ? s.failedOrMoved(failure, at) : s.moved(JobPhase.SUCCESS, "", at))
			.toList();
		String failed = String.join(", ",
				this.subJobs.stream().filter((s) -> s.concerns(failure.resources())).map(Job::resourceId).toList());
		return new Job(this.id, this.projectId, this.type, this.clusterId, this.resourceId, this.resourceName,
				this.extendParam, subs, JobPhase.FAILED, "sub-job of " + failed + " failed: " + failure.reason(),
				this.created, at);
	}

	private Job failedOrMoved(JobFailure failure, Instant at) {
		return this.subJobs.isEmpty() ? moved(JobPhase.FAILED, failure.reason(), at) : failedFor(failure, at);
	}

}
