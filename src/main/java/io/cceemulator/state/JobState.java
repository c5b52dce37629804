package io.cceemulator.state;

import java.time.Instant;
import java.util.Optional;

/**
 * A job with what is still to come for it: when it starts Running, when it ends, and the failure planned for it.
 * This is what persistence keeps, so that jobs resume by the clock after a restart.
 *
 * @param order the job's place among the project's jobs, which breaks ties between transitions due at one instant
 */
public record JobState(Job job, Instant runningAt, Instant endsAt, JobFailure failure, long order) {

	/** When the job next changes phase: Initializing ends at {@code runningAt}, Running at {@code endsAt}. */
	public Optional<Instant> nextTransition() {
		return switch (this.job.phase()) {
			case INITIALIZING -> Optional.of(this.runningAt);
			case RUNNING -> Optional.of(this.endsAt);
			case SUCCESS, FAILED -> Optional.empty();
		};
	}

	JobState with(Job moved) {
		return new JobState(moved, this.runningAt, this.endsAt, this.failure, this.order);
	}

}
