package io.cceemulator.data;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.cceemulator.auth.Credentials;
import io.cceemulator.auth.CredentialsData;
import io.cceemulator.cluster.Cluster;
import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.image.Image;
import io.cceemulator.node.DockerLvmConfig;
import io.cceemulator.node.Node;
import io.cceemulator.node.NodePhase;
import io.cceemulator.node.NodePool;

/** Checks a data file and fills in its defaults; every problem names the entry it is in. */
final class DataConverter {

	private static final Set<String> CLUSTER_PHASES = Set.of("Available", "Unavailable", "ScalingUp", "ScalingDown",
			"Creating", "Deleting", "Upgrading", "Resizing", "RollingBack", "RollbackFailed", "Hibernating",
			"Hibernation", "Awaking", "Empty", "Error");

	private final Instant now;

	private final Set<String> ids = new HashSet<>();

	private final List<Cluster> clusters = new ArrayList<>();

	private final List<NodePool> pools = new ArrayList<>();

	private final List<Node> nodes = new ArrayList<>();

	private final List<Image> images = new ArrayList<>();

	private DataConverter(Instant now) {
		this.now = now;
	}

	static Dataset convert(EmulatorData data, Instant now) {
		DataConverter converter = new DataConverter(now);
		require(data != null && data.projects() != null && !data.projects().isEmpty(), "data", "has no projects");
		Set<String> projects = new HashSet<>();
		Map<String, String> projectNames = new LinkedHashMap<>();
		for (ProjectData project : data.projects()) {
			require(project.id() != null && !project.id().isBlank(), "project", "needs an id");
			require(projects.add(project.id()), "project " + project.id(), "appears twice");
			projectNames.put(project.id(), Objects.requireNonNullElse(project.name(), project.id()));
			converter.project(project);
		}
		return new Dataset(converter.clusters, converter.pools, converter.nodes, converter.images,
				credentials(data.credentials(), projectNames));
	}

	private static Credentials credentials(CredentialsData credentials, Map<String, String> projects) {
		try {
			return (credentials != null) ? Credentials.of(credentials, projects) : Credentials.fallback(projects);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDataException(ex.getMessage());
		}
	}

	private void project(ProjectData p) {
		for (EmulatorData.ImageData image : orEmpty(p.images())) {
			unique(image.id(), "image in project " + p.id());
			require(image.os() != null, "image " + image.id(), "needs an os");
			this.images.add(new Image(p.id(), image.id(), Objects.requireNonNullElse(image.name(), image.id()),
					image.os()));
		}
		for (ClusterData c : orEmpty(p.clusters())) {
			cluster(p.id(), c);
		}
	}

	private void cluster(String projectId, ClusterData c) {
		unique(c.id(), "cluster in project " + projectId);
		String where = "cluster " + c.id();
		String category = Objects.requireNonNullElse(c.category(), "CCE");
		require(category.equals("CCE") || category.equals(Cluster.TURBO), where, "category must be CCE or Turbo");
		String phase = Objects.requireNonNullElse(c.phase(), Cluster.AVAILABLE);
		require(CLUSTER_PHASES.contains(phase), where, "phase " + phase + " is not a CCE cluster phase");
		require(c.vpc() != null, where, "needs a vpc");
		String az = Objects.requireNonNullElse(c.az(), "cn-north-4a");
		boolean turbo = category.equals(Cluster.TURBO);
		this.clusters.add(new Cluster(projectId, c.id(), Objects.requireNonNullElse(c.name(), c.id()), category,
				Objects.requireNonNullElse(c.flavor(), "cce.s1.small"),
				Objects.requireNonNullElse(c.version(), "v1.28.3-r0"), c.vpc(),
				Objects.requireNonNullElse(c.subnet(), "subnet-" + c.vpc()),
				Objects.requireNonNullElse(c.securityGroup(), "sg-" + c.id().substring(0, Math.min(8, c.id().length()))),
				Boolean.TRUE.equals(c.ipv6()), phase, az,
				Objects.requireNonNullElse(c.containerNetworkMode(), turbo ? "eni" : "vpc-router"),
				Objects.requireNonNullElse(c.containerCidr(), "172.16.0.0/16"), c.description(), this.now, this.now));
		Set<String> poolIds = new HashSet<>();
		for (EmulatorData.PoolData pool : orEmpty(c.nodePools())) {
			unique(pool.id(), "node pool in " + where);
			require(!Node.DEFAULT_POOL.equals(pool.name()), "node pool " + pool.id(), "cannot be named DefaultPool");
			poolIds.add(pool.id());
			this.pools.add(new NodePool(projectId, c.id(), pool.id(), Objects.requireNonNullElse(pool.name(), pool.id()),
					pool.flavor(), pool.os(), this.now));
		}
		for (NodeData n : orEmpty(c.nodes())) {
			node(projectId, c.id(), az, poolIds, n, n.id(), n.name());
		}
		for (EmulatorData.NodeSetData set : orEmpty(c.nodeSets())) {
			require(set.count() >= 0 && set.template() != null, "nodeSet in " + where, "needs a count and a template");
			String prefix = Objects.requireNonNullElse(set.namePrefix(), "node");
			for (int i = 1; i <= set.count(); i++) {
				String name = String.format("%s-%04d", prefix, i);
				node(projectId, c.id(), az, poolIds, set.template(), stableId(c.id() + "/" + name), name);
			}
		}
	}

	private void node(String projectId, String clusterId, String clusterAz, Set<String> poolIds, NodeData n,
			String id, String name) {
		unique(id, "node in cluster " + clusterId);
		String where = "node " + id;
		NodePhase phase = phase(where, Objects.requireNonNullElse(n.phase(), "Active"));
		require(n.nodePool() == null || poolIds.contains(n.nodePool()), where, "names unknown node pool " + n.nodePool());
		if (n.dockerLVMConfigOverride() != null) {
			try {
				DockerLvmConfig.parse(n.dockerLVMConfigOverride());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidDataException(where + ": dockerLVMConfigOverride " + ex.getMessage());
			}
		}
		require(n.sshKey() == null || n.username() == null, where, "has both sshKey and username");
		int index = this.nodes.size() + 1;
		this.nodes.add(new Node(projectId, id, Objects.requireNonNullElse(name, id), clusterId, n.nodePool(),
				Objects.requireNonNullElse(n.flavor(), "c7.large.2"), Objects.requireNonNullElse(n.az(), clusterAz),
				Objects.requireNonNullElse(n.os(), "EulerOS 2.9"), phase,
				Objects.requireNonNullElse(n.serverId(), stableId("server/" + id)),
				Objects.requireNonNullElse(n.privateIP(), "192.168." + (index / 250) % 256 + "." + (index % 250 + 2)),
				n.privateIPv6(), Objects.requireNonNullElse(n.rootVolume(), new Node.Volume("SAS", 50)),
				List.copyOf(orEmpty(n.dataVolumes())),
				new Node.NodeLogin((n.username() == null) ? Objects.requireNonNullElse(n.sshKey(), "KeyPair-001") : null,
						n.username()),
				Objects.requireNonNullElse(n.runtime(), "docker"),
				new Node.NodeExtend(n.maxPods(), n.dockerLVMConfigOverride(), n.preInstall(), n.postInstall(),
						n.nodeImageID()), this.now, this.now,
				null, null));
	}

	private static NodePhase phase(String where, String wire) {
		for (NodePhase phase : NodePhase.values()) {
			if (phase.wire().equals(wire)) {
				return phase;
			}
		}
		throw new InvalidDataException(where + ": phase " + wire + " is not a CCE node phase");
	}

	private void unique(String id, String what) {
		require(id != null && !id.isBlank(), what, "needs an id");
		require(this.ids.add(id), what + " " + id, "uses an id already taken");
	}

	static String stableId(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static void require(boolean ok, String where, String problem) {
		if (!ok) {
			throw new InvalidDataException(where + ": " + problem);
		}
	}

}
