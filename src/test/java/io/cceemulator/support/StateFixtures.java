package io.cceemulator.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Credentials;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.World;
import io.cceemulator.system.VirtualClock;

/** Small states built by hand, and a store around them without Spring, for the plain tests of rules and changes. */
public final class StateFixtures {

	public static final String PROJECT = "p";

	private StateFixtures() {
	}

	public static Cluster cluster(String id, String vpc) {
		return new Cluster(PROJECT, id, id, "CCE", "cce.s1.small", "v1.28.3-r0", vpc, "subnet-" + vpc, "sg", false,
				Cluster.AVAILABLE, "az1", "vpc-router", "172.16.0.0/16", "", Instant.EPOCH, Instant.EPOCH);
	}

	public static Server server(String id, String vpc) {
		return new Server(PROJECT, id, id, "c7.large.2", 2, 4, "az1", vpc, "subnet-" + vpc, "10.0.0." + id.length(),
				Server.ACTIVE, new Node.Volume("SAS", 50), List.of(new Node.Volume("SAS", 100)), Instant.EPOCH);
	}

	public static Node node(String id, String clusterId, String serverId) {
		return new Node(PROJECT, id, id, clusterId, null, "c7.large.2", "az1", "EulerOS 2.9", NodePhase.ACTIVE,
				serverId, "10.0.1.1", null, new Node.Volume("SAS", 50), List.of(new Node.Volume("SAS", 100)),
				new Node.NodeLogin("KeyPair-001", null), "containerd", null, Instant.EPOCH, Instant.EPOCH, null, null,
				Map.of(), List.of());
	}

	public static NodePool pool(String id, String clusterId) {
		return new NodePool(PROJECT, clusterId, id, id, "c7.large.2", "EulerOS 2.9", Instant.EPOCH, "az1",
				"containerd", "KeyPair-pool", Map.of("team", "pool"),
				List.of(new Node.Taint("dedicated", "pool", "NoSchedule")));
	}

	/** A store on a frozen clock (1 s Initializing, 3 s Running) holding the state, with the effects given. */
	public static StateStore store(VirtualClock clock, ProjectState state, List<JobEffect> effects) {
		StateStore store = new StateStore(clock, new StateStore.JobSettings(Duration.ofSeconds(1),
				Duration.ofSeconds(3), 100), effects, List.of(), List.of());
		store.replace(World.of(List.of(state), Credentials.none()), true);
		return store;
	}

	public static VirtualClock frozenClock() {
		VirtualClock clock = new VirtualClock(Clock.systemUTC(), EmulatorProperties.ClockMode.MANUAL, 1.0);
		clock.freeze();
		return clock;
	}

}
