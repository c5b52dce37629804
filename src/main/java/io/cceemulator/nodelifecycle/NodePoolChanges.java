package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cceemulator.error.CceException;
import io.cceemulator.node.NodePoolView;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/**
 * UpdateNodePool, ScaleNodePool and DeleteNodePool. Each checks the cluster exists, the pool is one of its custom
 * pools and not Deleting, and the cluster is Available; a new node count then grows or shrinks the pool by a job.
 */
@Service
class NodePoolChanges {

	private final StateStore store;

	NodePoolChanges(StateStore store) {
		this.store = store;
	}

	NodePoolView update(String projectId, String clusterId, String poolId, NodePoolUpdate update) {
		String name = (update.metadata() != null) ? update.metadata().name() : null;
		PoolRules.checkName("metadata.name", name);
		NodePoolUpdate.Spec spec = update.spec();
		Integer count = Boolean.TRUE.equals(spec.ignoreInitialNodeCount()) ? null : spec.initialNodeCount();
		return this.store.write(projectId, (tx) -> {
			Cluster cluster = Guards.cluster(tx.state(), clusterId);
			NodePool pool = PoolRules.pool(tx.state(), cluster, poolId);
			String newName = (name != null) ? name : pool.name();
			PoolRules.nameFree(tx.state(), cluster, newName, pool.id());
			Guards.available(cluster);
			NodePool.Scaling before = scaling(tx, pool);
			NodePool.Scaling scaling = (spec.autoscaling() != null)
					? PoolRules.scaling(spec.autoscaling(), before.initialNodeCount()) : before;
			PoolRules.checkScaling("spec", scaling, count, "spec.initialNodeCount");
			NodePoolUpdate.Template t = spec.nodeTemplate();
			Map<String, String> labels = (t != null && t.k8sTags() != null) ? t.k8sTags() : pool.labels();
			List<Node.Taint> taints = (t != null && t.taints() != null)
					? t.taints().stream().map(Reinstalls::taint).toList() : pool.taints();
			NodePool.Template template = pool.template();
			if (t != null && t.userTags() != null) {
				NodePool.Template was = PoolNodes.template(pool);
				template = new NodePool.Template(was.type(), was.rootVolume(), was.dataVolumes(), was.username(),
						was.extend(), was.subnet(),
						t.userTags().stream().map((u) -> new NodePool.UserTag(u.key(), u.value())).toList());
			}
			// the new nodes get the new settings: the pool changes first, then its count
			NodePool changed = pool.changed(newName, labels, taints, template,
					scaling.withCount((count != null) ? count : before.initialNodeCount()), pool.jobId(), tx.now());
			tx.put(changed);
			String job = (count != null) ? PoolNodes.scale(tx, cluster, changed, count) : null;
			if (job != null) {
				tx.put(changed.inPhase(changed.phase(), job, tx.now()));
			}
			return view(tx, poolId);
		});
	}

	NodePoolView scale(String projectId, String clusterId, String poolId, ScaleNodePoolRequest request) {
		RequestChecks.envelope(request.apiVersion(), request.kind(), "NodePool");
		List<String> groups = request.spec().scaleGroups();
		if (groups.isEmpty()) {
			throw CceException.invalid("spec.scaleGroups: must name the scale group to scale: default");
		}
		for (int i = 0; i < groups.size(); i++) {
			if (!ScaleNodePoolRequest.DEFAULT_GROUP.equals(groups.get(i))) {
				throw CceException.invalid("spec.scaleGroups[" + i + "]: the pool has no scale group '" + groups.get(i)
						+ "'; its only one is default");
			}
		}
		int desired = request.spec().desiredNodeCount();
		return this.store.write(projectId, (tx) -> {
			Cluster cluster = Guards.cluster(tx.state(), clusterId);
			NodePool pool = PoolRules.pool(tx.state(), cluster, poolId);
			Guards.available(cluster);
			NodePool.Scaling scaling = scaling(tx, pool);
			PoolRules.checkScaling("spec", scaling, desired, "spec.desiredNodeCount");
			String job = PoolNodes.scale(tx, cluster, pool, desired);
			tx.put(pool.changed(pool.name(), pool.labels(), pool.taints(), pool.template(), scaling.withCount(desired),
					(job != null) ? job : pool.jobId(), tx.now()));
			return view(tx, poolId);
		});
	}

	/** The pool is Deleting while its job deletes its nodes and their servers; the job's end removes it. */
	NodePoolView delete(String projectId, String clusterId, String poolId) {
		return this.store.write(projectId, (tx) -> {
			Cluster cluster = Guards.cluster(tx.state(), clusterId);
			NodePool pool = PoolRules.pool(tx.state(), cluster, poolId);
			Guards.available(cluster);
			List<Node> members = PoolNodes.members(tx.state(), pool);
			Guards.unlocked(tx.state(), members);
			Job job = tx.startJob(JobTrees.deletePool(cluster, pool, members));
			members.forEach((n) -> tx.put(n.inPhase(NodePhase.DELETING, job.id(), tx.now())));
			tx.put(pool.inPhase(NodePool.DELETING, job.id(), tx.now()));
			return view(tx, poolId);
		});
	}

	/** A pool of a data file keeps no scaling: its node count is what it has. */
	private static NodePool.Scaling scaling(Tx tx, NodePool pool) {
		return (pool.scaling() != null) ? pool.scaling()
				: new NodePool.Scaling(PoolNodes.counted(tx.state(), pool).size(), false, 0, 0, 0, 0);
	}

	private static NodePoolView view(Tx tx, String poolId) {
		NodePool pool = tx.state().pool(poolId).orElseThrow();
		return NodePoolView.of(pool, PoolNodes.members(tx.state(), pool));
	}

}
