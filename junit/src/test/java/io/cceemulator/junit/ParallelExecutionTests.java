package io.cceemulator.junit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.example.usage.CceApi;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * JUnit's parallel execution, classes and methods concurrent by default: two emulator classes, which share one
 * emulator, run one after the other and see only their own calls, while a class without one runs beside them.
 */
class ParallelExecutionTests {

	/** When each emulator test ran, as {@code [start, end]} in nanoseconds. */
	static final List<long[]> RUNS = new CopyOnWriteArrayList<>();

	static final CountDownLatch EMULATOR_TEST_STARTED = new CountDownLatch(1);

	static final CountDownLatch OTHER_TEST_STARTED = new CountDownLatch(1);

	@Test
	void runsEmulatorClassesOneAtATimeAndOthersBesideThem() {
		EngineTestKit.engine("junit-jupiter")
			.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
			.configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
			.configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
			.configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
			.configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
			.selectors(selectClass(First.class), selectClass(Second.class), selectClass(WithoutEmulator.class))
			.execute()
			.testEvents()
			.assertStatistics((stats) -> stats.succeeded(7).failed(0));
		assertEquals(6, RUNS.size());
		for (long[] run : RUNS) {
			for (long[] other : RUNS) {
				assertFalse(run != other && run[0] < other[1] && other[0] < run[1], "two emulator tests overlapped");
			}
		}
	}

	/**
	 * Migrates a node and sees exactly its own call: another test using the emulator meanwhile would show, or reset
	 * it. The latches pass only if the test without an emulator starts before the first emulator test ends.
	 */
	static void migrateAlone(CceEmulator emulator) throws InterruptedException {
		long start = System.nanoTime();
		EMULATOR_TEST_STARTED.countDown();
		assertTrue(OTHER_TEST_STARTED.await(60, TimeUnit.SECONDS), "no other test ran beside this one");
		CceApi cce = new CceApi(emulator);
		assertEquals(200, cce.migrate(CceApi.NODE).status());
		Thread.sleep(200);
		assertEquals(1, emulator.journal().calls().size());
		RUNS.add(new long[] { start, System.nanoTime() });
	}

	@CceEmulatorTest
	static class First {

		@RepeatedTest(3)
		void migratesAlone(CceEmulator emulator) throws InterruptedException {
			migrateAlone(emulator);
		}

	}

	@CceEmulatorTest
	static class Second {

		@RepeatedTest(3)
		void migratesAlone(CceEmulator emulator) throws InterruptedException {
			migrateAlone(emulator);
		}

	}

	static class WithoutEmulator {

		@Test
		void runsWhileAnEmulatorTestRuns() throws InterruptedException {
			OTHER_TEST_STARTED.countDown();
			assertTrue(EMULATOR_TEST_STARTED.await(60, TimeUnit.SECONDS), "no emulator test ran beside this one");
		}

	}

}
