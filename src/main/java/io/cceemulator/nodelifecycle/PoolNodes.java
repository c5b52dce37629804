package io.cceemulator.nodelifecycle;

import java.util.Comparator;
import java.util.List;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Tx;

/**
 * A pool's node count changed: new nodes from its template (named {@code <pool>-<5 characters>}, as CCE names them),
 * or its newest nodes deleted with their servers. A pool of a data file that keeps no disks gets CCE's console
 * defaults: a 50 GiB system disk and a 100 GiB data disk, SAS.
 */
final class PoolNodes {

	private static final Node.Volume DEFAULT_ROOT = new Node.Volume("SAS", 50);

	private static final Node.Volume DEFAULT_DATA = new Node.Volume("SAS", 100);

	private PoolNodes() {
	}

	/** The pool's nodes as its cluster shows them, but those being deleted: what its node count counts. */
	static List<Node> counted(ProjectState state, NodePool pool) {
		return members(state, pool).stream().filter((n) -> n.phase() != NodePhase.DELETING).toList();
	}

	static List<Node> members(ProjectState state, NodePool pool) {
		return state.nodesIn(pool.clusterId()).stream().filter((n) -> pool.id().equals(n.poolId())).toList();
	}

	/** Grows or shrinks the pool to {@code desired} nodes; the job that does it, or null if it has them already. */
	static String scale(Tx tx, Cluster cluster, NodePool pool, int desired) {
		int current = counted(tx.state(), pool).size();
		if (desired > current) {
			Guards.room(tx.state(), cluster, desired - current);
			return grow(tx, cluster, pool, desired - current);
		}
		return (desired < current) ? shrink(tx, cluster, pool, current - desired) : null;
	}

	/** A node made or deleted on its own (CreateNode, DeleteNode) that the pool's node count follows, as CCE does. */
	static void countChanged(Tx tx, NodePool pool, int by) {
		if (pool.scaling() != null) {
			NodePool now = tx.state().pool(pool.id()).orElseThrow();
			tx.put(now.changed(now.name(), now.labels(), now.taints(), now.template(),
					now.scaling().withCount(Math.max(0, now.scaling().initialNodeCount() + by)), now.jobId(), tx.now()));
		}
	}

	/** The pool's template, or for a pool of a data file that keeps none, CCE's console defaults. */
	static NodePool.Template template(NodePool pool) {
		return (pool.template() != null) ? pool.template()
				: new NodePool.Template("vm", DEFAULT_ROOT, List.of(DEFAULT_DATA), null, null, null, List.of());
	}

	static String grow(Tx tx, Cluster cluster, NodePool pool, int count) {
		NodePool.Template t = template(pool);
		NewNodes.Hardware hardware = new NewNodes.Hardware(pool.flavor(), (pool.az() != null) ? pool.az() : cluster.az(),
				(t.rootVolume() != null) ? t.rootVolume() : DEFAULT_ROOT, t.dataVolumes(), t.subnet());
		List<String> names = NewNodes.names(tx.state(), cluster, pool.name(), count);
		List<Node> nodes = NewNodes.install(tx, cluster, pool.id(), hardware, Reinstalls.ofPool(pool, cluster, null),
				names);
		return nodes.get(0).jobId();
	}

	/** The newest nodes go first; a node another job works on cannot go (429), as DeleteNode refuses it. */
	private static String shrink(Tx tx, Cluster cluster, NodePool pool, int count) {
		ProjectState state = tx.state();
		List<Node> chosen = counted(state, pool).stream()
			.sorted(Comparator.comparing((Node n) -> state.lockingJob(n.id()).isPresent())
				.thenComparing(Comparator.comparing(Node::created).reversed())
				.thenComparing(Node::id))
			.limit(count)
			.toList();
		Guards.unlocked(state, chosen);
		Job job = tx.startJob(JobTrees.shrink(cluster, pool, chosen));
		chosen.forEach((n) -> tx.put(n.inPhase(NodePhase.DELETING, job.id(), tx.now())));
		return job.id();
	}

}
