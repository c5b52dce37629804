package io.cceemulator.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Settles due job transitions in the background, so state moves on even when no client asks. Requests settle too,
 * so correctness never depends on this thread's timing.
 */
@Component
class JobTicker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobTicker.class);

	private final JobEngine jobs;

	private ScheduledExecutorService executor;

	JobTicker(JobEngine jobs) {
		this.jobs = jobs;
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((r) -> {
			Thread thread = new Thread(r, "job-ticker");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
	}

	private void tick() {
		try {
			this.jobs.settle();
		}
		catch (RuntimeException ex) {
			log.error("settling jobs failed", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
