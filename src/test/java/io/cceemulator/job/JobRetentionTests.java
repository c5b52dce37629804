package io.cceemulator.job;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.system.ChangeRecorder;
import io.cceemulator.system.VirtualClock;

import static org.assertj.core.api.Assertions.assertThat;

class JobRetentionTests {

	@Test
	void forgetsTheOldestFinishedJobsPastTheLimit() {
		EmulatorProperties properties = new EmulatorProperties(new EmulatorProperties.Data(""),
				new EmulatorProperties.Jobs(Duration.ofSeconds(1), Duration.ofSeconds(3), true, 3), null, null, null,
				null, null);
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		JobEngine engine = new JobEngine(new VirtualClock(Clock.systemUTC()), properties,
				beans.getBeanProvider(JobListener.class), beans.getBeanProvider(JobFailure.Source.class),
				new ChangeRecorder());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(engine.start(new JobEngine.JobRequest("p", "MigrateNode", "c", "c", "c", Map.of(), List.of())).id());
			engine.settle();
		}
		assertThat(engine.all()).extracting(Job::id).containsExactlyInAnyOrderElementsOf(ids.subList(2, 5));
		assertThat(engine.all()).allMatch((j) -> j.phase() == JobPhase.SUCCESS);
	}

}
