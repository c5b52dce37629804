package io.cceemulator.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import io.cceemulator.job.JobEngine;
import io.cceemulator.job.JobPhase;

/** {@code cce_jobs{phase}}: how many jobs (not sub-jobs) are in each phase, counted when scraped. */
@Component
class JobMetrics implements MeterBinder {

	private final JobEngine jobs;

	JobMetrics(JobEngine jobs) {
		this.jobs = jobs;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (JobPhase phase : JobPhase.values()) {
			Gauge.builder("cce.jobs", this.jobs, (engine) -> count(engine, phase))
				.description("Jobs of the emulated CCE API by phase")
				.tag("phase", phase.wire())
				.register(registry);
		}
	}

	private static double count(JobEngine engine, JobPhase phase) {
		return engine.all().stream().filter((job) -> job.phase() == phase).count();
	}

}
