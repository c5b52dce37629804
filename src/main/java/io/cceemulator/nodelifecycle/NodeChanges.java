package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Service;

import io.cceemulator.node.NodeView;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/** UpdateNode (a new name, for the node and its server) and DeleteNode (the node and its server go, by a job). */
@Service
class NodeChanges {

	/** UpdateNode's body, the SDK's ClusterNodeInformation: the name is all CCE lets change here. */
	record NodeUpdate(@NotNull(message = "is required") @Valid Metadata metadata) {

		record Metadata(@NotBlank(message = "is required") String name) {
		}

	}

	private final StateStore store;

	NodeChanges(StateStore store) {
		this.store = store;
	}

	NodeView update(String projectId, String clusterId, String nodeId, NodeUpdate update) {
		String name = update.metadata().name();
		Reinstalls.checkName("metadata.name", name);
		return this.store.write(projectId, (tx) -> {
			Cluster cluster = Guards.cluster(tx.state(), clusterId);
			Node node = Guards.node(tx.state(), cluster, nodeId);
			Guards.unlocked(tx.state(), List.of(node));
			Guards.namesFree(tx.state(), cluster, List.of(name), Set.of(node.id()));
			tx.put(tx.state().server(node.serverId()).orElseThrow().named(name));
			tx.put(node.renamed(name, tx.now()));
			return NodeView.of(tx.state(), tx.state().node(nodeId).orElseThrow());
		});
	}

	/** @param poolScaleDown not {@code nodepoolScaleDown=NoScaleDown}: the node's pool's node count shrinks by it */
	NodeView delete(String projectId, String clusterId, String nodeId, boolean poolScaleDown) {
		return this.store.write(projectId, (tx) -> delete(tx, clusterId, nodeId, poolScaleDown));
	}

	/** The node is Deleting while its job runs; the job's end removes it and its server. */
	static NodeView delete(Tx tx, String clusterId, String nodeId, boolean poolScaleDown) {
		Cluster cluster = Guards.cluster(tx.state(), clusterId);
		Guards.available(cluster);
		Node node = Guards.node(tx.state(), cluster, nodeId);
		Guards.unlocked(tx.state(), List.of(node));
		Job job = tx.startJob(JobTrees.delete(cluster, node));
		Node deleting = node.inPhase(NodePhase.DELETING, job.id(), tx.now());
		tx.put(deleting);
		if (poolScaleDown && node.poolId() != null) {
			tx.state().pool(node.poolId()).ifPresent((pool) -> PoolNodes.countChanged(tx, pool, -1));
		}
		return NodeView.of(tx.state(), deleting);
	}

}
