package io.cceemulator.job;

/** Told once when a job reaches Success or Failed, so the feature that started it can apply its effect. */
public interface JobListener {

	/** @param from the phase the job was in when it finished (Running, or Initializing if it failed early) */
	void jobFinished(Job job, JobPhase from);

}
