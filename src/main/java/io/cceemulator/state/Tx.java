package io.cceemulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One write to a project's state in progress: the value as the operation has made it so far, and the changes that
 * made it. Operations read {@link #state()} and write only through these methods; nothing is visible to anyone else
 * until the store commits.
 */
public final class Tx {

	private final JobScheduler jobs;

	private final Instant now;

	private final ProjectState before;

	private final World world;

	private ProjectState state;

	private final List<Change> changes = new ArrayList<>();

	Tx(World world, ProjectState state, Instant now, JobScheduler jobs) {
		this.world = world;
		this.before = state;
		this.state = state;
		this.now = now;
		this.jobs = jobs;
	}

	public ProjectState state() {
		return this.state;
	}

	public String projectId() {
		return this.state.projectId();
	}

	/** The emulator's clock when the write began; every timestamp the write sets is this instant. */
	public Instant now() {
		return this.now;
	}

	/**
	 * Whether a cluster, node pool, node, server or image of any project has this id (ids are unique across projects). Exact
	 * in an {@linkplain StateStore#writeAlone exclusive write}; otherwise other projects may change meanwhile.
	 */
	public boolean isTaken(String id) {
		return this.state.holds(id) || this.world.projects()
			.values()
			.stream()
			.anyMatch((p) -> !p.projectId().equals(projectId()) && p.holds(id));
	}

	public void put(Cluster cluster) {
		apply(new Change.ClusterPut(cluster));
	}

	public void removeCluster(String clusterId) {
		apply(new Change.ClusterRemoved(clusterId));
	}

	public void put(NodePool pool) {
		apply(new Change.PoolPut(pool));
	}

	public void removePool(String poolId) {
		apply(new Change.PoolRemoved(poolId));
	}

	public void put(Node node) {
		apply(new Change.NodePut(node));
	}

	public void removeNode(String nodeId) {
		apply(new Change.NodeRemoved(nodeId));
	}

	public void put(Server server) {
		apply(new Change.ServerPut(server));
	}

	public void removeServer(String serverId) {
		apply(new Change.ServerRemoved(serverId));
	}

	public void put(Image image) {
		apply(new Change.ImagePut(image));
	}

	public void removeImage(String imageId) {
		apply(new Change.ImageRemoved(imageId));
	}

	/** Starts a job now; its phases follow the clock, and its effect is applied when it ends. */
	public Job startJob(JobRequest request) {
		return this.jobs.start(this, request);
	}

	/** Ends an unfinished job with Success now; false if it had finished already. */
	public boolean succeedJob(String jobId) {
		return this.jobs.finishNow(this, jobId, JobPhase.SUCCESS, "");
	}

	/** Ends an unfinished job with Failed and the reason now; false if it had finished already. */
	public boolean failJob(String jobId, String reason) {
		return this.jobs.finishNow(this, jobId, JobPhase.FAILED, reason);
	}

	void apply(Change change) {
		this.state = this.state.apply(change);
		this.changes.add(change);
	}

	ProjectState before() {
		return this.before;
	}

	List<Change> changes() {
		return this.changes;
	}

}
