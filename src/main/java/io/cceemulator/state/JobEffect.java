package io.cceemulator.state;

import java.util.Set;

/**
 * What the end of a job does to the rest of the state, supplied by the feature that starts such jobs: the store calls
 * it in the same change that finishes the job, so no client ever sees the job finished and its effect not yet made.
 */
public interface JobEffect {

	/** The job types this effect ends, e.g. {@code MigrateNode}. */
	Set<String> jobTypes();

	/** @param from the phase the job was in when it finished (Running, or Initializing if it failed early) */
	void finished(Job job, JobPhase from, Tx tx);

}
