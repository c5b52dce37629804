package io.cceemulator.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.cceemulator.state.JobRequest;
import io.cceemulator.state.StateStore;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read of a project settles the jobs due by now, so many threads settle at once all the time: when one of them
 * takes the last due transition, the others must find nothing due, not fail (they did, with NoSuchElementException,
 * which answered the request with a 500, even a migration that had just been accepted).
 */
class JobSettlingTests extends ApiTest {

	private static final int THREADS = 4;

	@Autowired
	private StateStore store;

	@Test
	void threadsSettlingTogetherNeverFailWhenTheQueueEmptiesUnderThem() throws Exception {
		this.clock.freeze();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			Thread thread = new Thread(() -> {
				while (running.get() && failure.get() == null) {
					try {
						this.store.read(Defaults.PROJECT);
					}
					catch (RuntimeException ex) {
						failure.compareAndSet(null, ex);
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		for (int n = 0; n < 50_000 && System.nanoTime() < until && failure.get() == null; n++) {
			this.store.write(Defaults.PROJECT,
					(tx) -> tx.startJob(new JobRequest("Probe", "c", "r", "r", Map.of(), List.of())));
			this.clock.advance(Duration.ofSeconds(10));
		}
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(failure.get()).isNull();
	}

}
