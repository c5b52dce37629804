package io.cceemulator.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * Everything one project holds (clusters, node pools, nodes, images, jobs), as one immutable value. A new value comes
 * only from {@link #apply(Change) applying} a change, which keeps the indexes and checks the invariants: a node is in
 * exactly one cluster (and, while it migrates, shown in its target too), a cluster or pool that still holds nodes is
 * not removed, and every job and sub-job is found by its id. Values share structure, so a change costs the same
 * whatever the project's size, and a reader holding a value sees it whole.
 */
public final class ProjectState {

	/** A transition due, or a job finished, at {@code at}: ties go by the jobs' order. */
	record Due(Instant at, long order, String jobId) implements Comparable<Due> {

		private static final Comparator<Due> ORDER = Comparator.comparing(Due::at)
			.thenComparingLong(Due::order)
			.thenComparing(Due::jobId);

		@Override
		public int compareTo(Due other) {
			return ORDER.compare(this, other);
		}

	}

	private static final Comparator<Node> NODE_ORDER = Comparator.comparing(Node::created)
		.thenComparing(Node::name)
		.thenComparing(Node::id);

	private static final Comparator<Cluster> CLUSTER_ORDER = Comparator.comparing(Cluster::created)
		.thenComparing(Cluster::id);

	private static final Comparator<NodePool> POOL_ORDER = Comparator.comparing(NodePool::created)
		.thenComparing(NodePool::id);

	private final String projectId;

	private final TreePMap<String, Cluster> clusters;

	private final TreePMap<String, NodePool> pools;

	private final TreePMap<String, Node> nodes;

	/** Cluster id to the ids of the nodes it shows: its own, and those a migration is installing into it. */
	private final TreePMap<String, TreePSet<String>> shown;

	private final TreePMap<String, Image> images;

	private final TreePMap<String, JobState> jobs;

	/** Every job and sub-job id to the id of its top-level job. */
	private final TreePMap<String, String> jobIndex;

	private final TreePSet<Due> due;

	private final TreePSet<Due> finished;

	private final long nextOrder;

	private ProjectState(String projectId, TreePMap<String, Cluster> clusters, TreePMap<String, NodePool> pools,
			TreePMap<String, Node> nodes, TreePMap<String, TreePSet<String>> shown, TreePMap<String, Image> images,
			TreePMap<String, JobState> jobs, TreePMap<String, String> jobIndex, TreePSet<Due> due,
			TreePSet<Due> finished, long nextOrder) {
		this.projectId = projectId;
		this.clusters = clusters;
		this.pools = pools;
		this.nodes = nodes;
		this.shown = shown;
		this.images = images;
		this.jobs = jobs;
		this.jobIndex = jobIndex;
		this.due = due;
		this.finished = finished;
		this.nextOrder = nextOrder;
	}

	public static ProjectState empty(String projectId) {
		return new ProjectState(projectId, TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
				TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePSet.empty(), TreePSet.empty(), 0);
	}

	/** A project with the given entities, checked as if each had been put in turn. */
	public static ProjectState of(String projectId, List<Cluster> clusters, List<NodePool> pools, List<Node> nodes,
			List<Image> images) {
		ProjectState state = empty(projectId);
		for (Cluster c : clusters) {
			state = state.apply(new Change.ClusterPut(c));
		}
		for (NodePool p : pools) {
			state = state.apply(new Change.PoolPut(p));
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

	public Optional<Image> image(String imageId) {
		return Optional.ofNullable(this.images.get(imageId));
	}

	public Collection<Image> images() {
		return this.images.values();
	}

	/** A job or a sub-job, by its id. */
	public Optional<Job> job(String jobId) {
		String root = this.jobIndex.get(jobId);
		return (root != null) ? this.jobs.get(root).job().find(jobId) : Optional.empty();
	}

	/** A top-level job with its schedule. */
	public Optional<JobState> jobState(String jobId) {
		return Optional.ofNullable(this.jobs.get(jobId));
	}

	/** The top-level jobs with their schedules. */
	public Collection<JobState> jobs() {
		return this.jobs.values();
	}

	/** When the next job transition of this project is due, if any job is unfinished. */
	public Optional<Instant> nextDue() {
		return this.due.isEmpty() ? Optional.empty() : Optional.of(this.due.first().at());
	}

	Optional<Due> firstDue() {
		return this.due.isEmpty() ? Optional.empty() : Optional.of(this.due.first());
	}

	int finishedJobs() {
		return this.finished.size();
	}

	Optional<String> oldestFinishedJob() {
		return this.finished.isEmpty() ? Optional.empty() : Optional.of(this.finished.first().jobId());
	}

	long nextOrder() {
		return this.nextOrder;
	}

	/** Whether a cluster, node pool, node or image of this project has this id. */
	public boolean holds(String id) {
		return this.clusters.containsKey(id) || this.pools.containsKey(id) || this.nodes.containsKey(id)
				|| this.images.containsKey(id);
	}

	/** Whether any job or sub-job already has this id. */
	boolean hasJob(String jobId) {
		return this.jobIndex.containsKey(jobId);
	}

	// ---------------------------------------------------------------- changes

	/** The state after the change; a change that would break an invariant is a defect of its operation. */
	public ProjectState apply(Change change) {
		return change.applyTo(this);
	}

	ProjectState putCluster(Cluster cluster) {
		return withClusters(this.clusters.plus(cluster.id(), cluster));
	}

	ProjectState putImage(Image image) {
		return withImages(this.images.plus(image.id(), image));
	}

	ProjectState removeImage(String imageId) {
		return withImages(this.images.minus(imageId));
	}

	ProjectState removeCluster(String clusterId) {
		require(this.shown.getOrDefault(clusterId, TreePSet.empty()).isEmpty(), () ->
				"cluster " + clusterId + " still shows nodes");
		require(this.pools.values().stream().noneMatch((p) -> p.clusterId().equals(clusterId)), () ->
				"cluster " + clusterId + " still has node pools");
		return new ProjectState(this.projectId, this.clusters.minus(clusterId), this.pools, this.nodes,
				this.shown.minus(clusterId), this.images, this.jobs, this.jobIndex, this.due, this.finished,
				this.nextOrder);
	}

	ProjectState putPool(NodePool pool) {
		require(this.clusters.containsKey(pool.clusterId()), () ->
				"node pool " + pool.id() + " is in unknown cluster " + pool.clusterId());
		return new ProjectState(this.projectId, this.clusters, this.pools.plus(pool.id(), pool), this.nodes, this.shown,
				this.images, this.jobs, this.jobIndex, this.due, this.finished, this.nextOrder);
	}

	ProjectState removePool(String poolId) {
		require(this.nodes.values().stream().noneMatch((n) -> poolId.equals(n.poolId())), () ->
				"node pool " + poolId + " still has nodes");
		return new ProjectState(this.projectId, this.clusters, this.pools.minus(poolId), this.nodes, this.shown,
				this.images, this.jobs, this.jobIndex, this.due, this.finished, this.nextOrder);
	}

	ProjectState putNode(Node node) {
		require(this.clusters.containsKey(node.clusterId()), () ->
				"node " + node.id() + " is in unknown cluster " + node.clusterId());
		require(node.incoming() == null || this.clusters.containsKey(node.incoming().targetClusterId()), () ->
				"node " + node.id() + " migrates into unknown cluster " + node.incoming().targetClusterId());
		require(node.poolId() == null || (this.pools.containsKey(node.poolId())
				&& this.pools.get(node.poolId()).clusterId().equals(node.clusterId())), () ->
				"node " + node.id() + " is in unknown node pool " + node.poolId());
		TreePMap<String, TreePSet<String>> index = unindex(this.shown, this.nodes.get(node.id()));
		for (String clusterId : node.shownIn()) {
			index = index.plus(clusterId, index.getOrDefault(clusterId, TreePSet.empty()).plus(node.id()));
		}
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes.plus(node.id(), node), index,
				this.images, this.jobs, this.jobIndex, this.due, this.finished, this.nextOrder);
	}

	ProjectState removeNode(String nodeId) {
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes.minus(nodeId),
				unindex(this.shown, this.nodes.get(nodeId)), this.images, this.jobs, this.jobIndex, this.due,
				this.finished, this.nextOrder);
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

	ProjectState putJob(JobState job) {
		ProjectState without = removeJob(job.job().id());
		TreePMap<String, String> index = without.jobIndex;
		for (Job j : (Iterable<Job>) job.job().tree()::iterator) {
			index = index.plus(j.id(), job.job().id());
		}
		TreePSet<Due> due = job.nextTransition()
			.map((at) -> without.due.plus(new Due(at, job.order(), job.job().id())))
			.orElse(without.due);
		TreePSet<Due> finished = job.job().phase().isFinished() ? without.finished.plus(finishedKey(job))
				: without.finished;
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown, this.images,
				without.jobs.plus(job.job().id(), job), index, due, finished, Math.max(this.nextOrder, job.order() + 1));
	}

	ProjectState removeJob(String jobId) {
		JobState old = this.jobs.get(jobId);
		if (old == null) {
			return this;
		}
		TreePMap<String, String> index = this.jobIndex;
		for (Job j : (Iterable<Job>) old.job().tree()::iterator) {
			index = index.minus(j.id());
		}
		TreePSet<Due> due = old.nextTransition()
			.map((at) -> this.due.minus(new Due(at, old.order(), jobId)))
			.orElse(this.due);
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown, this.images,
				this.jobs.minus(jobId), index, due, this.finished.minus(finishedKey(old)), this.nextOrder);
	}

	private static Due finishedKey(JobState job) {
		return new Due(job.job().updated(), job.order(), job.job().id());
	}

	private ProjectState withClusters(TreePMap<String, Cluster> clusters) {
		return new ProjectState(this.projectId, clusters, this.pools, this.nodes, this.shown, this.images, this.jobs,
				this.jobIndex, this.due, this.finished, this.nextOrder);
	}

	private ProjectState withImages(TreePMap<String, Image> images) {
		return new ProjectState(this.projectId, this.clusters, this.pools, this.nodes, this.shown, images, this.jobs,
				this.jobIndex, this.due, this.finished, this.nextOrder);
	}

	private static void require(boolean ok, java.util.function.Supplier<String> problem) {
		if (!ok) {
			throw new IllegalStateException("state invariant broken: " + problem.get());
		}
	}

}
