package io.cceemulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.cceemulator.system.Ids;

/**
 * Jobs' phases as a function of the clock: a job is Initializing until {@code runningAt}, Running until
 * {@code endsAt}, then Success (or the Failed a fault plan asked for). {@link #settle} applies, in order of their
 * instants, the transitions due by a given time, each with the effect of the job's end in the same change.
 */
final class JobScheduler {

	private final Duration initializing;

	private final Duration running;

	private final int retainFinished;

	private final BooleanSupplier instant;

	private final Map<String, JobEffect> effects;

	private final List<JobFailure.Source> failures;

	JobScheduler(Duration initializing, Duration running, int retainFinished, BooleanSupplier instant,
			Map<String, JobEffect> effects, List<JobFailure.Source> failures) {
		this.initializing = initializing;
		this.running = running;
		this.retainFinished = Math.max(retainFinished, 0);
		this.instant = instant;
		this.effects = Map.copyOf(effects);
		this.failures = List.copyOf(failures);
	}

	Job start(Tx tx, JobRequest request) {
		Instant now = tx.now();
		Job job = job(tx.projectId(), request.type(), request.clusterId(), request.resourceId(), request.resourceName(),
				request.extendParam(), request.subJobs().stream().map((s) -> job(tx.projectId(), s, now)).toList(), now);
		JobFailure failure = this.failures.stream()
			.map((source) -> source.failureFor(request))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		boolean instantly = this.instant.getAsBoolean();
		Instant runningAt = instantly ? now : now.plus(this.initializing);
		Instant endsAt = instantly ? runningAt : runningAt.plus(this.running);
		tx.apply(new Change.JobPut(new JobState(job, runningAt, endsAt, failure, tx.state().nextOrder())));
		return job;
	}

	/** Applies every transition due by {@code until}, oldest first. */
	void settle(Tx tx, Instant until) {
		for (Optional<JobBook.Due> next = tx.state().firstDue(); next.isPresent()
				&& !next.get().at().isAfter(until); next = tx.state().firstDue()) {
			advance(tx, tx.state().jobState(next.get().jobId()).orElseThrow(), next.get().at());
		}
	}

	/** The transition due for the job at {@code at}: the phase after its current one, by its schedule. */
	private void advance(Tx tx, JobState state, Instant at) {
		JobFailure failure = state.failure();
		JobPhase phase = state.job().phase();
		if (phase == JobPhase.INITIALIZING && (failure == null || failure.during() != JobPhase.INITIALIZING)) {
			tx.apply(new Change.JobPut(state.with(state.job().moved(JobPhase.RUNNING, "", at))));
		}
		else if (failure != null) {
			Job failed = failure.resources().isEmpty() ? state.job().moved(JobPhase.FAILED, failure.reason(), at)
					: state.job().failedFor(failure, at);
			finish(tx, state, failed);
		}
		else {
			finish(tx, state, state.job().moved(JobPhase.SUCCESS, "", at));
		}
	}

	boolean finishNow(Tx tx, String jobId, JobPhase to, String reason) {
		Optional<JobState> state = tx.state().jobState(jobId).filter((s) -> !s.job().phase().isFinished());
		state.ifPresent((s) -> finish(tx, s, s.job().moved(to, reason, tx.now())));
		return state.isPresent();
	}

	/** The job's last phase and its effect, one change; then the oldest finished jobs past the limit are forgotten. */
	private void finish(Tx tx, JobState state, Job finished) {
		tx.apply(new Change.JobPut(state.with(finished)));
		JobEffect effect = this.effects.get(finished.type());
		if (effect != null) {
			effect.finished(finished, state.job().phase(), tx);
		}
		while (tx.state().finishedJobs() > this.retainFinished) {
			tx.apply(new Change.JobRemoved(tx.state().oldestFinishedJob().orElseThrow()));
		}
	}

	private static Job job(String projectId, JobRequest.SubJob sub, Instant now) {
		return job(projectId, sub.type(), sub.clusterId(), sub.resourceId(), sub.resourceName(), Map.of(),
				sub.subJobs().stream().map((s) -> job(projectId, s, now)).toList(), now);
	}

	private static Job job(String projectId, String type, String clusterId, String resourceId, String resourceName,
			Map<String, String> extendParam, List<Job> subJobs, Instant now) {
		return new Job(Ids.uuid(), projectId, type, clusterId, resourceId, resourceName, Map.copyOf(extendParam),
				subJobs, JobPhase.INITIALIZING, "", now, now);
	}

}
