package io.cceemulator.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * Everything one project holds (clusters, node pools, nodes, ECS servers, images, jobs), as one immutable value. A
 * new value comes only from {@link #apply(Change) applying} a change, which keeps the indexes and checks the
 * invariants: a node is in exactly one cluster (and, while it migrates, shown in its target too) and runs on a server
 * of the project that no other node runs on; a server a node runs on, and a cluster or pool that still holds nodes,
 * is not removed; every job and sub-job is found by its id. Values share structure, so a change costs the same
 * whatever the project's size, and a reader holding a value sees it whole.
 */
public final class ProjectState {

	private static final Comparator<Node> NODE_ORDER = Comparator.comparing(Node::created)
		.thenComparing(Node::name)
		.thenComparing(Node::id);

	private static final Comparator<Cluster> CLUSTER_ORDER = Comparator.comparing(Cluster::created)
		.thenComparing(Cluster::id);

	private static final Comparator<NodePool> POOL_ORDER = Comparator.comparing(NodePool::created)
		.thenComparing(NodePool::id);

	private static final Comparator<Server> SERVER_ORDER = Comparator.comparing(Server::created)
		.thenComparing(Server::id);

	private final String projectId;

	private final TreePMap<String, Cluster> clusters;

	private final TreePMap<String, NodePool> pools;

	private final TreePMap<String, Node> nodes;

	/** Cluster id to the ids of the nodes it shows: its own, and those a migration is installing into it. */
	private final TreePMap<String, TreePSet<String>> shown;

	private final TreePMap<String, Server> servers;

	/** Server id to the id of the node that runs on it. */
	private final TreePMap<String, String> serverNodes;

	private final TreePMap<String, Image> images;

	private final JobBook jobs;

	private ProjectState(String projectId, TreePMap<String, Cluster> clusters, TreePMap<String, NodePool> pools,
			TreePMap<String, Node> nodes, TreePMap<String, TreePSet<String>> shown, TreePMap<String, Server> servers,
			TreePMap<String, String> serverNodes, TreePMap<String, Image> images, JobBook jobs) {
		this.projectId = projectId;
		this.clusters = clusters;
		this.pools = pools;
		this.nodes = nodes;
		this.shown = shown;
		this.servers = servers;
		this.serverNodes = serverNodes;
		this.images = images;
		this.jobs = jobs;
	}

	public static ProjectState empty(String projectId) {
		return new ProjectState(projectId, TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
				TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), JobBook.EMPTY);
	}

	/** A project with the given entities, checked as if each had been put in turn (servers before their nodes). */
	public static ProjectState of(String projectId, List<Cluster> clusters, List<NodePool> pools, List<Server> servers,
			List<Node> nodes, List<Image> images) {
		ProjectState state = empty(projectId);
		for (Cluster c : clusters) {
			state = state.apply(new Change.ClusterPut(c));
		}
		for (NodePool p : pools) {
			state = state.apply(new Change.PoolPut(p));
		}
		for (Server s : servers) {
			state = state.apply(new Change.ServerPut(s));
		}
		for (Node n : nodes) {
			state = state.apply(new Change.NodePut(n));
		}
		for (Image i : images) {
			state = state.apply(new Change.ImagePut(i));
		}
		return state;
	}

	public String projectId() {
		return this.projectId;
	}

	// ---------------------------------------------------------------- reads

	public Optional<Cluster> cluster(String clusterId) {
		return Optional.ofNullable(this.clusters.get(clusterId));
	}

	/** Oldest first, as CCE lists them. */
	public List<Cluster> clusters() {
		return this.clusters.values().stream().sorted(CLUSTER_ORDER).toList();
	}

	/** The node's own record, wherever it is. */
	public Optional<Node> node(String nodeId) {
		return Optional.ofNullable(this.nodes.get(nodeId));
	}

	public Collection<Node> nodes() {
		return this.nodes.values();
	}

	/** The node as the cluster shows it: one of its nodes, or one a migration is installing into it. */
	public Optional<Node> nodeIn(String clusterId, String nodeId) {
		return node(nodeId).filter((n) -> n.isShownIn(clusterId)).map((n) -> n.asSeenFrom(clusterId));
	}

	/** The nodes the cluster shows, as it shows them, oldest first. */
	public List<Node> nodesIn(String clusterId) {
		return this.shown.getOrDefault(clusterId, TreePSet.empty())
			.stream()
			.map((id) -> this.nodes.get(id).asSeenFrom(clusterId))
			.sorted(NODE_ORDER)
			.toList();
	}

	/** How many nodes the cluster shows. */
	public int nodeCount(String clusterId) {
		return this.shown.getOrDefault(clusterId, TreePSet.empty()).size();
	}

	/** The cluster's custom node pools (the DefaultPool is not stored), oldest first. */
	public List<NodePool> pools(String clusterId) {
		return this.pools.values().stream().filter((p) -> p.clusterId().equals(clusterId)).sorted(POOL_ORDER).toList();
	}

	public Optional<NodePool> pool(String poolId) {
		return Optional.ofNullable(this.pools.get(poolId));
	}

	public Collection<NodePool> allPools() {
		return this.pools.values();
	}

	public Optional<Server> server(String serverId) {
		return Optional.ofNullable(this.servers.get(serverId));
	}

	/** Oldest first. */
	public List<Server> servers() {
		return this.servers.values().stream().sorted(SERVER_ORDER).toList();
	}

	/** The node that runs on the server; none when the server is free. */
	public Optional<Node> nodeOn(String serverId) {
		return Optional.ofNullable(this.serverNodes.get(serverId)).map(this.nodes::get);
	}

	public Optional<Image> image(String imageId) {
		return Optional.ofNullable(this.images.get(imageId));
	}

	public Collection<Image> images() {
		return this.images.values();
	}

	/** A job or a sub-job, by its id. */
	public Optional<Job> job(String jobId) {
		return this.jobs.job(jobId);
	}

	/** The job whose sub-job {@code jobId} is ({@code spec.ownerJob}); none for a top-level job. */
	public Optional<Job> jobOwner(String jobId) {
		return this.jobs.owner(jobId);
	}

	/** A top-level job with its schedule. */
	public Optional<JobState> jobState(String jobId) {
		return this.jobs.state(jobId);
	}

	/** The top-level jobs with their schedules. */
	public Collection<JobState> jobs() {
		return this.jobs.all();
	}

	/** An unfinished job whose tree works on the resource (a node, a cluster): what holds its lock. */
	public Optional<Job> lockingJob(String resourceId) {
		return this.jobs.lockingJob(resourceId).flatMap(this.jobs::job);
	}

	/** When the next job transition of this project is due, if any job is unfinished. */
	public Optional<Instant> nextDue() {
		return this.jobs.firstDue().map(JobBook.Due::at);
	}

	Optional<JobBook.Due> firstDue() {
		return this.jobs.firstDue();
	}

	int finishedJobs() {
		return this.jobs.finishedCount();
	}

	Optional<String> oldestFinishedJob() {
		return this.jobs.oldestFinished();
	}

	long nextOrder() {
		return this.jobs.nextOrder();
	}

	/** Whether a cluster, node pool, node, server or image of this project has this id. */
	public boolean holds(String id) {
		return this.clusters.containsKey(id) || this.pools.containsKey(id) || this.nodes.containsKey(id)
				|| this.servers.containsKey(id) || this.images.containsKey(id);
	}

	/** Whether any job or sub-job already has this id. */
	boolean hasJob(String jobId) {
		return this.jobs.has(jobId);
	}

	// ---------------------------------------------------------------- changes

	/** The state after the change; a change that would break an invariant is a defect of its operation. */
	public ProjectState apply(Change change) {
		return change.applyTo(this);
	}

	ProjectState putCluster(Cluster cluster) {
		return new ProjectState(this.projectId, this.clusters.plus(cluster.id(), cluster), this.pools, this.nodes,
				this.shown, this.servers, this.serverNodes, this.images, this.jobs);
	}

	ProjectState removeCluster(String clusterId) {
		require(this.shown.getOrDefault(clusterId, TreePSet.empty()).isEmpty(), () ->
				"cluster " + clusterId + " still shows nodes");
		require(this.pools.values().stream().noneMatch((p) -> p.clusterId().equals(clusterId)), () ->
				"cluster " + clusterId + " still has node pools");
		return new ProjectState(this.projectId, this.clusters.minus(clusterId), this.pools, this.nodes,
				this.shown.minus(clusterId), this.servers, this.serverNodes, this.images, this.jobs);
	}

	ProjectState putPool(NodePool pool) {
		require(this.clusters.containsKey(pool.clusterId()), () ->
				"node pool " + pool.id() + " is in unknown cluster " + pool.clusterId());
		return new ProjectState(this.projectId, this.clusters, this.pools.plus(pool.id(), pool), this.nodes,
				this.shown, this.servers, this.serverNodes, this.images, this.jobs);
	}

	ProjectState removePool(String poolId) {
		require(this.nodes.values().stream().noneMatch((n) -> poolId.equals(n.poolId())), () ->
				"node pool " + poolId + " still has nodes");
		return new ProjectState(this.projectId, this.clusters, this.pools.minus(poolId), this.nodes, this.shown,
				this.servers, this.serverNodes, this.images, this.jobs);
	}

	ProjectState putServer(Server server) {
		require(server.vpc() != null, () -> "server " + server.id() + " is in no VPC");
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown,
				this.servers.plus(server.id(), server), this.serverNodes, this.images, this.jobs);
	}

	ProjectState removeServer(String serverId) {
		require(!this.serverNodes.containsKey(serverId), () ->
				"server " + serverId + " still runs node " + this.serverNodes.get(serverId));
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown,
				this.servers.minus(serverId), this.serverNodes, this.images, this.jobs);
	}

	ProjectState putNode(Node node) {
		require(this.clusters.containsKey(node.clusterId()), () ->
				"node " + node.id() + " is in unknown cluster " + node.clusterId());
		require(node.incoming() == null || this.clusters.containsKey(node.incoming().targetClusterId()), () ->
				"node " + node.id() + " migrates into unknown cluster " + node.incoming().targetClusterId());
		require(node.poolId() == null || (this.pools.containsKey(node.poolId())
				&& this.pools.get(node.poolId()).clusterId().equals(node.clusterId())), () ->
				"node " + node.id() + " is in unknown node pool " + node.poolId());
		require(node.serverId() != null && this.servers.containsKey(node.serverId()), () ->
				"node " + node.id() + " runs on unknown server " + node.serverId());
		String other = this.serverNodes.get(node.serverId());
		require(other == null || other.equals(node.id()), () ->
				"node " + node.id() + " runs on server " + node.serverId() + ", which node " + other + " runs on");
		Node old = this.nodes.get(node.id());
		TreePMap<String, TreePSet<String>> index = unindex(this.shown, old);
		for (String clusterId : node.shownIn()) {
			index = index.plus(clusterId, index.getOrDefault(clusterId, TreePSet.empty()).plus(node.id()));
		}
		TreePMap<String, String> serverNodes = (old != null) ? this.serverNodes.minus(old.serverId()) : this.serverNodes;
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes.plus(node.id(), node), index,
				this.servers, serverNodes.plus(node.serverId(), node.id()), this.images, this.jobs);
	}

	ProjectState removeNode(String nodeId) {
		Node old = this.nodes.get(nodeId);
		TreePMap<String, String> serverNodes = (old != null) ? this.serverNodes.minus(old.serverId()) : this.serverNodes;
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes.minus(nodeId),
				unindex(this.shown, old), this.servers, serverNodes, this.images, this.jobs);
	}

	private static TreePMap<String, TreePSet<String>> unindex(TreePMap<String, TreePSet<String>> index, Node node) {
		if (node == null) {
			return index;
		}
		for (String clusterId : node.shownIn()) {
			TreePSet<String> ids = index.getOrDefault(clusterId, TreePSet.empty()).minus(node.id());
			index = ids.isEmpty() ? index.minus(clusterId) : index.plus(clusterId, ids);
		}
		return index;
	}

	ProjectState putImage(Image image) {
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown, this.servers,
				this.serverNodes, this.images.plus(image.id(), image), this.jobs);
	}

	ProjectState removeImage(String imageId) {
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown, this.servers,
				this.serverNodes, this.images.minus(imageId), this.jobs);
	}

	ProjectState putJob(JobState job) {
		return withJobs(this.jobs.put(job));
	}

	ProjectState removeJob(String jobId) {
		return withJobs(this.jobs.remove(jobId));
	}

	private ProjectState withJobs(JobBook jobs) {
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown, this.servers,
				this.serverNodes, this.images, jobs);
	}

	private static void require(boolean ok, java.util.function.Supplier<String> problem) {
		if (!ok) {
			throw new IllegalStateException("state invariant broken: " + problem.get());
		}
	}

}
