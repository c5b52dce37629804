package io.cceemulator.job;

import java.time.Instant;

/**
 * A job with what is still to come for it: when it starts Running, when it ends, and the failure planned for it.
 * This is what persistence keeps, so that jobs resume by the clock after a restart.
 */
public record JobState(Job job, Instant runningAt, Instant endsAt, JobFailure failure) {
}
