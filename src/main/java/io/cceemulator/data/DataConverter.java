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
import java.util.function.Predicate;

import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.ImageData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.NodeSetData;
import io.cceemulator.data.EmulatorData.PoolData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.data.EmulatorData.ServerData;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Credentials;
import io.cceemulator.state.DockerLvmConfig;
import io.cceemulator.state.Image;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;
import io.cceemulator.state.World;

/**
 * Checks data in the file format and fills in its defaults; every problem names the entry it is in. Ids are unique
 * across the whole data, and the number of nodes is bounded, so that a load can neither collide nor exhaust memory.
 */
final class DataConverter {

	/** At most this many nodes in one conversion (a load, or one admin call). */
	static final int MAX_NODES = 300_000;

	private static final Set<String> CLUSTER_PHASES = Set.of("Available", "Unavailable", "ScalingUp", "ScalingDown",
			"Creating", "Deleting", "Upgrading", "Resizing", "RollingBack", "RollbackFailed", "Hibernating",
			"Hibernation", "Awaking", "Empty", "Error");

	private static final Set<String> TAINT_EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

	private final Instant now;

	private final Set<String> ids = new HashSet<>();

	private final Predicate<String> taken;

	private final List<Cluster> clusters = new ArrayList<>();

	private final List<NodePool> pools = new ArrayList<>();

	private final List<Node> nodes = new ArrayList<>();

	private final List<Image> images = new ArrayList<>();

	private DataConverter(Instant now, Predicate<String> taken) {
		this.now = now;
		this.taken = taken;
	}

	/**
	 * The world the data describes. Data without a credentials section keeps, of {@code previous}, what grants its
	 * projects (so an export, which holds no secrets, loads back); a project left without any credential gets the
	 * fallback token and AK/SK, as data files without credentials do.
	 */
	static World convert(EmulatorData data, Instant now, Credentials previous) {
		require(data != null && data.projects() != null && !data.projects().isEmpty(), "data", "has no projects");
		Map<String, String> names = new LinkedHashMap<>();
		List<ProjectState> projects = new ArrayList<>();
		DataConverter converter = new DataConverter(now, (id) -> false);
		for (int i = 0; i < data.projects().size(); i++) {
			ProjectData project = data.projects().get(i);
			require(project != null, "projects[" + i + "]", "must be an object");
			require(present(project.id()), "project", "needs an id");
			require(safeId(project.id()), "project " + project.id(), "id may not contain / or spaces");
			require(!names.containsKey(project.id()), "project " + project.id(), "appears twice");
			names.put(project.id(), Objects.requireNonNullElse(project.name(), project.id()));
			projects.add(converter.project(project));
		}
		Credentials credentials;
		try {
			credentials = (data.credentials() != null) ? CredentialsConverter.of(data.credentials(), names)
					: CredentialsConverter.keepOrFallback(previous, names);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDataException(ex.getMessage());
		}
		return World.of(projects, credentials);
	}

	/** One cluster with its pools and nodes, as a data file would give it; {@code taken} are ids in use. */
	static DataConverter cluster(String projectId, ClusterData cluster, Instant now, Predicate<String> taken) {
		DataConverter converter = new DataConverter(now, taken);
		converter.cluster(projectId, cluster);
		return converter;
	}

	/** Nodes for an existing cluster (listed one by one and/or generated), with the data file's defaults. */
	static List<Node> nodes(Cluster cluster, List<NodePool> pools, List<NodeData> nodes, List<NodeSetData> sets,
			Instant now, Predicate<String> taken) {
		DataConverter converter = new DataConverter(now, taken);
		Set<String> poolIds = new HashSet<>();
		pools.forEach((p) -> poolIds.add(p.id()));
		converter.nodes(cluster.projectId(), cluster.id(), cluster.az(), poolIds, nodes, sets);
		return converter.nodes;
	}

	/** A free server of a project with these clusters, as a data file would give it. */
	static Server server(String projectId, ServerData server, List<Cluster> clusters, Instant now,
			Predicate<String> taken, Set<String> usedIps) {
		return ServerConversion.server(projectId, server, clusters, now, usedIps,
				new DataConverter(now, taken)::unique);
	}

	static Image image(String projectId, ImageData image, Predicate<String> taken) {
		DataConverter converter = new DataConverter(Instant.EPOCH, taken);
		converter.image(projectId, image);
		return converter.images.get(0);
	}

	List<Cluster> clusters() {
		return this.clusters;
	}

	List<NodePool> pools() {
		return this.pools;
	}

	List<Node> nodes() {
		return this.nodes;
	}

	private ProjectState project(ProjectData p) {
		int firstCluster = this.clusters.size();
		int firstPool = this.pools.size();
		int firstNode = this.nodes.size();
		int firstImage = this.images.size();
		for (ImageData image : listed(p.images(), "images of project " + p.id())) {
			image(p.id(), image);
		}
		for (ClusterData c : listed(p.clusters(), "clusters of project " + p.id())) {
			cluster(p.id(), c);
		}
		List<Cluster> projectClusters = tail(this.clusters, firstCluster);
		List<Node> projectNodes = tail(this.nodes, firstNode);
		List<Server> servers = ServerConversion.ofProject(p.id(), p.servers(), projectClusters, projectNodes, this.now,
				this::unique);
		return ProjectState.of(p.id(), projectClusters, tail(this.pools, firstPool), servers, projectNodes,
				tail(this.images, firstImage));
	}

	private void image(String projectId, ImageData image) {
		unique(image.id(), "image in project " + projectId);
		require(image.os() != null, "image " + image.id(), "needs an os");
		this.images.add(new Image(projectId, image.id(), Objects.requireNonNullElse(image.name(), image.id()),
				image.os()));
	}

	private void cluster(String projectId, ClusterData c) {
		require(c != null, "cluster in project " + projectId, "must be an object");
		unique(c.id(), "cluster in project " + projectId);
		String where = "cluster " + c.id();
		String category = Objects.requireNonNullElse(c.category(), "CCE");
		require(category.equals("CCE") || category.equals(Cluster.TURBO), where, "category must be CCE or Turbo");
		String phase = Objects.requireNonNullElse(c.phase(), Cluster.AVAILABLE);
		require(CLUSTER_PHASES.contains(phase), where, "phase " + phase + " is not a CCE cluster phase");
		require(c.vpc() != null, where, "needs a vpc");
		String version = Objects.requireNonNullElse(c.version(), "v1.28.3-r0");
		require(Cluster.VERSION_FORMAT.matcher(version).find(), where,
				"version " + version + " is not a Kubernetes version such as v1.28.3-r0");
		String az = Objects.requireNonNullElse(c.az(), "cn-north-4a");
		boolean turbo = category.equals(Cluster.TURBO);
		this.clusters.add(new Cluster(projectId, c.id(), Objects.requireNonNullElse(c.name(), c.id()), category,
				Objects.requireNonNullElse(c.flavor(), "cce.s1.small"), version, c.vpc(),
				Objects.requireNonNullElse(c.subnet(), "subnet-" + c.vpc()),
				Objects.requireNonNullElse(c.securityGroup(), "sg-" + c.id().substring(0, Math.min(8, c.id().length()))),
				Boolean.TRUE.equals(c.ipv6()), phase, az,
				Objects.requireNonNullElse(c.containerNetworkMode(), turbo ? "eni" : "vpc-router"),
				Objects.requireNonNullElse(c.containerCidr(), "172.16.0.0/16"), c.description(), this.now, this.now,
				c.settings()));
		Set<String> poolIds = new HashSet<>();
		for (PoolData pool : listed(c.nodePools(), "nodePools of " + where)) {
			unique(pool.id(), "node pool in " + where);
			require(!Node.DEFAULT_POOL.equals(pool.name()), "node pool " + pool.id(), "cannot be named DefaultPool");
			poolIds.add(pool.id());
			taints(pool.taints(), "node pool " + pool.id());
			this.pools.add(new NodePool(projectId, c.id(), pool.id(),
					Objects.requireNonNullElse(pool.name(), pool.id()), pool.flavor(), pool.os(), this.now, pool.az(),
					pool.runtime(), Objects.requireNonNullElse(pool.sshKey(), "KeyPair-001"), pool.labels(),
					pool.taints(), pool.template(), pool.scaling(), null, null, this.now));
		}
		nodes(projectId, c.id(), az, poolIds, c.nodes(), c.nodeSets());
	}

	private void nodes(String projectId, String clusterId, String az, Set<String> poolIds, List<NodeData> nodes,
			List<NodeSetData> sets) {
		for (NodeData n : listed(nodes, "nodes of cluster " + clusterId)) {
			node(projectId, clusterId, az, poolIds, n, n.id(), n.name());
		}
		for (NodeSetData set : listed(sets, "nodeSets of cluster " + clusterId)) {
			String where = "nodeSet in cluster " + clusterId;
			require(set.template() != null, where, "needs a template");
			require(set.count() >= 0 && set.count() <= MAX_NODES - this.nodes.size(), where,
					"count must be 0 to " + (MAX_NODES - this.nodes.size()) + " (at most " + MAX_NODES
							+ " nodes in one load), got " + set.count());
			String prefix = Objects.requireNonNullElse(set.namePrefix(), "node");
			for (int i = 1; i <= set.count(); i++) {
				String name = String.format("%s-%04d", prefix, i);
				node(projectId, clusterId, az, poolIds, set.template(), stableId(clusterId + "/" + name), name);
			}
		}
	}

	private void node(String projectId, String clusterId, String clusterAz, Set<String> poolIds, NodeData n,
			String id, String name) {
		require(this.nodes.size() < MAX_NODES, "nodes", "at most " + MAX_NODES + " in one load");
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
		taints(n.taints(), where);
		List<Node.Volume> dataVolumes = listed(n.dataVolumes(), "dataVolumes of " + where);
		int index = this.nodes.size() + 1;
		this.nodes.add(new Node(projectId, id, Objects.requireNonNullElse(name, id), clusterId, n.nodePool(),
				Objects.requireNonNullElse(n.flavor(), "c7.large.2"), Objects.requireNonNullElse(n.az(), clusterAz),
				Objects.requireNonNullElse(n.os(), "EulerOS 2.9"), phase,
				Objects.requireNonNullElse(n.serverId(), stableId("server/" + id)),
				Objects.requireNonNullElse(n.privateIP(), "192.168." + (index / 250) % 256 + "." + (index % 250 + 2)),
				n.privateIPv6(), Objects.requireNonNullElse(n.rootVolume(), new Node.Volume("SAS", 50)),
				List.copyOf(dataVolumes),
				new Node.NodeLogin((n.username() == null) ? Objects.requireNonNullElse(n.sshKey(), "KeyPair-001") : null,
						n.username()),
				Objects.requireNonNullElse(n.runtime(), "docker"), new Node.NodeExtend(n.maxPods(),
						n.dockerLVMConfigOverride(), n.preInstall(), n.postInstall(), n.nodeImageID()),
				this.now, this.now, null, null, n.labels(), n.taints()));
	}

	private static void taints(List<Node.Taint> taints, String where) {
		for (Node.Taint taint : listed(taints, "taints of " + where)) {
			require(taint.key() != null && !taint.key().isBlank(), where, "has a taint without a key");
			require(TAINT_EFFECTS.contains(taint.effect()), where,
					"taint effect must be NoSchedule, PreferNoSchedule or NoExecute, got " + taint.effect());
		}
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
		require(present(id), what, "needs an id");
		require(safeId(id), what + " " + id, "id may not contain / or spaces");
		require(this.ids.add(id) && !this.taken.test(id), what + " " + id, "uses an id already taken");
	}

	/** Ids become path segments: a slash, or blank, could never be addressed. */
	private static boolean safeId(String id) {
		return id.indexOf('/') < 0 && id.chars().noneMatch(Character::isWhitespace) && id.length() <= 128;
	}

	static String stableId(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** The list, or an empty one; an entry that is null is refused, naming the list. */
	static <T> List<T> listed(List<T> list, String what) {
		if (list == null) {
			return List.of();
		}
		for (int i = 0; i < list.size(); i++) {
			require(list.get(i) != null, what + "[" + i + "]", "must be an object");
		}
		return list;
	}

	private static <T> List<T> tail(List<T> list, int from) {
		return List.copyOf(list.subList(from, list.size()));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	static void require(boolean ok, String where, String problem) {
		if (!ok) {
			throw new InvalidDataException(where + ": " + problem);
		}
	}

}
