package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.StateStore;

/**
 * MigrateToNodePool: Active DefaultPool nodes move into a custom pool at once, with no job, no reset and no restart;
 * they take the pool's labels and taints (the pool's win where they clash) and keep their login. CCE only takes
 * nodes that match the pool: the same flavor, AZ, OS and container runtime (where the pool sets them).
 */
@Service
class PoolMigration {

	private final StateStore store;

	PoolMigration(StateStore store) {
		this.store = store;
	}

	void migrate(String projectId, String clusterId, String poolId, NodeLists.MigrateNodesToNodePoolList list) {
		RequestChecks.envelope(list.apiVersion(), list.kind(), "List");
		List<String> ids = list.nodeList().stream().map(NodeLists.NodeRef::nodeID).toList();
		RequestChecks.distinct(ids, "nodeList[%d].nodeID", "node");
		this.store.write(projectId, (tx) -> {
			Cluster cluster = Guards.cluster(tx.state(), clusterId);
			Guards.available(cluster);
			NodePool pool = Guards.customPool(tx.state(), cluster, poolId);
			List<Node> nodes = ids.stream().map((id) -> Guards.node(tx.state(), cluster, id)).toList();
			Guards.unlocked(tx.state(), nodes);
			for (Node node : nodes) {
				if (node.poolId() != null) {
					throw Guards.invalid(NodeRule.NODES_IN_DEFAULT_POOL, "node " + node.id() + " is in node pool "
							+ node.poolId() + "; only DefaultPool nodes can be migrated into a custom pool");
				}
			}
			for (Node node : nodes) {
				if (node.phase() != NodePhase.ACTIVE) {
					throw Guards.invalid(NodeRule.NODES_ACTIVE, "node " + node.id() + " is " + node.phase().wire()
							+ "; only Active nodes can be migrated into a node pool");
				}
			}
			nodes.forEach((n) -> matches(pool, n));
			nodes.forEach((n) -> tx.put(n.joined(pool, tx.now())));
			return null;
		});
	}

	private static void matches(NodePool pool, Node node) {
		mustEqual(pool, node, "flavor", pool.flavor(), node.flavor());
		mustEqual(pool, node, "AZ", pool.az(), node.az());
		mustEqual(pool, node, "OS", pool.os(), node.os());
		mustEqual(pool, node, "container runtime", pool.runtime(), node.runtime());
	}

	private static void mustEqual(NodePool pool, Node node, String what, String poolValue, String nodeValue) {
		if (poolValue != null && !Objects.equals(poolValue, nodeValue)) {
			throw Guards.invalid(NodeRule.NODES_MATCH_POOL, "node " + node.id() + " has " + what + " " + nodeValue
					+ ", node pool " + pool.id() + " " + poolValue + "; only nodes that match the pool can join it");
		}
	}

}
