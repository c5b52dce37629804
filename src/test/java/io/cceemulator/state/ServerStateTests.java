package io.cceemulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.cceemulator.support.StateFixtures.PROJECT;
import static io.cceemulator.support.StateFixtures.cluster;
import static io.cceemulator.support.StateFixtures.node;
import static io.cceemulator.support.StateFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invariants that tie nodes to servers, and the locks unfinished jobs hold, as the state core keeps them. */
class ServerStateTests {

	private static final ProjectState ONE_NODE = ProjectState.of(PROJECT, List.of(cluster("c1", "vpc-1")), List.of(),
			List.of(server("s1", "vpc-1"), server("s2", "vpc-1")), List.of(node("n1", "c1", "s1")), List.of());

	@Test
	void knowsWhichNodeRunsOnAServerAndWhichServersAreFree() {
		assertThat(ONE_NODE.nodeOn("s1")).map(Node::id).contains("n1");
		assertThat(ONE_NODE.nodeOn("s2")).isEmpty();
		assertThat(ONE_NODE.apply(new Change.NodeRemoved("n1")).nodeOn("s1")).isEmpty();
	}

	@Test
	void refusesANodeOnAServerTheProjectDoesNotHave() {
		assertThatThrownBy(() -> ONE_NODE.apply(new Change.NodePut(node("n2", "c1", "s9"))))
			.hasMessageContaining("node n2 runs on unknown server s9");
	}

	@Test
	void refusesASecondNodeOnOneServer() {
		assertThatThrownBy(() -> ONE_NODE.apply(new Change.NodePut(node("n2", "c1", "s1"))))
			.hasMessageContaining("node n2 runs on server s1, which node n1 runs on");
	}

	@Test
	void refusesToRemoveAServerANodeRunsOn() {
		assertThatThrownBy(() -> ONE_NODE.apply(new Change.ServerRemoved("s1")))
			.hasMessageContaining("server s1 still runs node n1");
		assertThat(ONE_NODE.apply(new Change.ServerRemoved("s2")).server("s2")).isEmpty();
	}

	@Test
	void movesANodeToAnotherServerAndFreesTheFirst() {
		ProjectState moved = ONE_NODE.apply(new Change.NodePut(node("n1", "c1", "s2")));
		assertThat(moved.nodeOn("s2")).map(Node::id).contains("n1");
		assertThat(moved.nodeOn("s1")).isEmpty();
	}

	@Test
	void locksTheResourcesOfAnUnfinishedJobUntilItFinishes() {
		Job job = new Job("j1", PROJECT, "RemoveNode", "c1", "c1", "c1", Map.of(),
				List.of(new Job("j2", PROJECT, "UninstallNode", "c1", "n1", "n1", Map.of(), List.of(),
						JobPhase.RUNNING, "", Instant.EPOCH, Instant.EPOCH)),
				JobPhase.RUNNING, "", Instant.EPOCH, Instant.EPOCH);
		JobState running = new JobState(job, Instant.EPOCH, Instant.MAX, null, 0);
		ProjectState locked = ONE_NODE.apply(new Change.JobPut(running));
		assertThat(locked.lockingJob("n1")).map(Job::id).contains("j1");
		assertThat(locked.jobOwner("j2")).map(Job::id).contains("j1");
		assertThat(locked.jobOwner("j1")).isEmpty();
		Job done = new Job("j1", PROJECT, "RemoveNode", "c1", "c1", "c1", Map.of(), job.subJobs(), JobPhase.SUCCESS,
				"", Instant.EPOCH, Instant.EPOCH);
		assertThat(locked.apply(new Change.JobPut(new JobState(done, Instant.EPOCH, Instant.EPOCH,
				null, 0))).lockingJob("n1")).isEmpty();
		assertThat(locked.apply(new Change.JobRemoved("j1")).lockingJob("n1")).isEmpty();
	}

}
