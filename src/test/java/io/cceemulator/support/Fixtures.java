package io.cceemulator.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Credentials;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.JobFailure;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;
import io.cceemulator.state.StateListener;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.World;
import io.cceemulator.system.VirtualClock;

/**
 * Small builders of state for tests without Spring or HTTP: {@code aCluster("a").inVpc("vpc-2")},
 * {@code aNode("n1").in("a").inPhase(NodePhase.ABNORMAL)}, then {@code aProject().with(...).store()}. Every value
 * not named is an ordinary one: an Available CCE Standard cluster in vpc-1, an Active node with a data disk.
 */
public final class Fixtures {

	public static final String PROJECT = "p1";

	/** Every fixture's clock starts here, frozen. */
	public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private Fixtures() {
	}

	public static ClusterBuilder aCluster(String id) {
		return new ClusterBuilder(id);
	}

	public static NodeBuilder aNode(String id) {
		return new NodeBuilder(id);
	}

	public static ProjectBuilder aProject() {
		return new ProjectBuilder();
	}

	/** A frozen clock at {@link #T0}, moved only by {@code advance}. */
	public static VirtualClock frozenClock() {
		return new VirtualClock(Clock.fixed(T0, ZoneOffset.UTC), EmulatorProperties.ClockMode.MANUAL, 1.0);
	}

	public static final class ClusterBuilder {

		private final String id;

		private String category = "CCE";

		private String flavor = "cce.s2.small";

		private String version = "v1.28.3-r0";

		private String vpc = "vpc-1";

		private boolean ipv6;

		private String phase = Cluster.AVAILABLE;

		private ClusterBuilder(String id) {
			this.id = id;
		}

		public ClusterBuilder turbo() {
			this.category = Cluster.TURBO;
			return this;
		}

		public ClusterBuilder dec() {
			this.flavor = "cce.dec.s1.small";
			return this;
		}

		public ClusterBuilder ipv6() {
			this.ipv6 = true;
			return this;
		}

		public ClusterBuilder inVpc(String vpc) {
			this.vpc = vpc;
			return this;
		}

		public ClusterBuilder inPhase(String phase) {
			this.phase = phase;
			return this;
		}

		public ClusterBuilder version(String version) {
			this.version = version;
			return this;
		}

		public Cluster build() {
			return new Cluster(PROJECT, this.id, "cluster-" + this.id, this.category, this.flavor, this.version, this.vpc,
					"subnet-" + this.vpc, "sg-" + this.id, this.ipv6, this.phase, "cn-north-4a",
					Cluster.TURBO.equals(this.category) ? "eni" : "vpc-router", "172.16.0.0/16", null, T0, T0);
		}

	}

	public static final class NodeBuilder {

		private final String id;

		private String clusterId = "a";

		private String poolId;

		private NodePhase phase = NodePhase.ACTIVE;

		private String flavor = "c7.large.2";

		private List<Node.Volume> dataVolumes = List.of(new Node.Volume("SAS", 100));

		private String lvm = "dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear";

		private NodeBuilder(String id) {
			this.id = id;
		}

		public NodeBuilder in(String clusterId) {
			this.clusterId = clusterId;
			return this;
		}

		public NodeBuilder inPool(String poolId) {
			this.poolId = poolId;
			return this;
		}

		public NodeBuilder inPhase(NodePhase phase) {
			this.phase = phase;
			return this;
		}

		public NodeBuilder flavor(String flavor) {
			this.flavor = flavor;
			return this;
		}

		public NodeBuilder withoutDataDisk() {
			this.dataVolumes = List.of();
			return this;
		}

		public NodeBuilder diskType(String diskType) {
			this.lvm = this.lvm.replace("diskType=evs", "diskType=" + diskType);
			return this;
		}

		public Node build() {
			return new Node(PROJECT, this.id, "node-" + this.id, this.clusterId, this.poolId, this.flavor, "cn-north-4a",
					"EulerOS 2.9", this.phase, "server-" + this.id, "192.168.0.2", null, new Node.Volume("SAS", 50),
					this.dataVolumes, new Node.NodeLogin("KeyPair-001", null), "docker",
					new Node.NodeExtend(null, this.lvm, null, null, null), T0, T0, null, null, null, null);
		}

	}

	public static final class ProjectBuilder {

		private final List<Cluster> clusters = new ArrayList<>();

		private final List<NodePool> pools = new ArrayList<>();

		private final List<Node> nodes = new ArrayList<>();

		private final List<JobEffect> effects = new ArrayList<>();

		private final List<JobFailure.Source> failures = new ArrayList<>();

		private final List<StateListener> listeners = new ArrayList<>();

		private ProjectBuilder() {
		}

		public ProjectBuilder with(ClusterBuilder... clusters) {
			for (ClusterBuilder cluster : clusters) {
				this.clusters.add(cluster.build());
			}
			return this;
		}

		public ProjectBuilder with(NodeBuilder... nodes) {
			for (NodeBuilder node : nodes) {
				this.nodes.add(node.build());
			}
			return this;
		}

		public ProjectBuilder withPool(String clusterId, String poolId) {
			this.pools.add(new NodePool(PROJECT, clusterId, poolId, "pool-" + poolId, "c7.large.2", "EulerOS 2.9", T0,
					"cn-north-4a", "docker", "KeyPair-001", null, null));
			return this;
		}

		public ProjectBuilder effect(JobEffect effect) {
			this.effects.add(effect);
			return this;
		}

		public ProjectBuilder failures(JobFailure.Source source) {
			this.failures.add(source);
			return this;
		}

		public ProjectBuilder listener(StateListener listener) {
			this.listeners.add(listener);
			return this;
		}

		public ProjectState state() {
			List<Server> servers = this.nodes.stream()
				.map((node) -> Server.backing(node, this.clusters.stream()
					.filter((cluster) -> cluster.id().equals(node.clusterId()))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("node " + node.id() + " names no fixture cluster"))))
				.toList();
			return ProjectState.of(PROJECT, this.clusters, this.pools, servers, this.nodes, List.of());
		}

		/** A store holding this project as its baseline, with jobs of 1 s Initializing and 3 s Running. */
		public StateStore store(VirtualClock clock) {
			StateStore store = new StateStore(clock,
					new StateStore.JobSettings(Duration.ofSeconds(1), Duration.ofSeconds(3), 50_000), this.effects,
					this.failures, this.listeners);
			store.replace(World.of(List.of(state()), Credentials.none()), true);
			return store;
		}

	}

}
