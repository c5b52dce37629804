package io.cceemulator.job;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.Credentials;
import io.cceemulator.state.JobPhase;
import io.cceemulator.state.JobRequest;
import io.cceemulator.state.JobState;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.World;
import io.cceemulator.system.VirtualClock;

import static org.assertj.core.api.Assertions.assertThat;

class JobRetentionTests {

	@Test
	void forgetsTheOldestFinishedJobsPastTheLimit() {
		StateStore store = new StateStore(new VirtualClock(Clock.systemUTC(), EmulatorProperties.ClockMode.INSTANT, 1.0),
				new StateStore.JobSettings(Duration.ofSeconds(1), Duration.ofSeconds(3), 3), List.of(), List.of(),
				List.of());
		store.replace(World.of(List.of(ProjectState.empty("p")), Credentials.none()), true);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(store.write("p",
					(tx) -> tx.startJob(new JobRequest("MigrateNode", "c", "c", "c", Map.of(), List.of())).id()));
		}
		assertThat(store.read("p").jobs()).extracting((j) -> j.job().id())
			.containsExactlyInAnyOrderElementsOf(ids.subList(2, 5));
		assertThat(store.read("p").jobs()).map(JobState::job).allMatch((j) -> j.phase() == JobPhase.SUCCESS);
	}

}
