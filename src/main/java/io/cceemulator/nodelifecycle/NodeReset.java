package io.cceemulator.nodelifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Reinstall;
import io.cceemulator.state.Server;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/**
 * ResetNode: each node is reinstalled in place (same uid and server), Installing until its ResetNode job ends. A
 * DefaultPool node gets what the request's spec says, and loses the labels and taints it had; a node of a custom
 * pool is reinstalled from the pool's settings, as CCE documents, whatever the spec says.
 */
@Service
class NodeReset {

	private final StateStore store;

	NodeReset(StateStore store) {
		this.store = store;
	}

	NodeLists.JobId reset(String projectId, String clusterId, NodeLists.ResetNodeList list) {
		RequestChecks.envelope(list.apiVersion(), list.kind(), "List");
		RequestChecks.distinct(list.nodeList().stream().map(NodeLists.ResetNode::nodeID).toList(),
				"nodeList[%d].nodeID", "node");
		ProjectState project = this.store.read(projectId);
		for (int i = 0; i < list.nodeList().size(); i++) {
			Reinstalls.check(project, "nodeList[" + i + "].spec", list.nodeList().get(i).spec());
		}
		return this.store.write(projectId, (tx) -> new NodeLists.JobId(accept(tx, clusterId, list)));
	}

	private static String accept(Tx tx, String clusterId, NodeLists.ResetNodeList list) {
		ProjectState state = tx.state();
		Cluster cluster = Guards.cluster(state, clusterId);
		Guards.available(cluster);
		List<Node> nodes = list.nodeList().stream().map((r) -> Guards.node(state, cluster, r.nodeID())).toList();
		Guards.unlocked(state, nodes);
		List<Node> reset = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			reset.add(reinstalled(state, cluster, nodes.get(i), list.nodeList().get(i).spec(), tx));
		}
		Guards.namesFree(state, cluster,
				reset.stream().filter((n) -> !n.name().equals(state.node(n.id()).orElseThrow().name()))
					.map(Node::name)
					.toList(),
				Set.copyOf(nodes.stream().map(Node::id).toList()));
		Job job = tx.startJob(JobTrees.install(JobTrees.RESET_NODE, cluster, reset));
		for (Node node : reset) {
			Server server = tx.state().server(node.serverId()).orElseThrow();
			if (!server.name().equals(node.name())) {
				tx.put(server.named(node.name()));
			}
			tx.put(node.inPhase(node.phase(), job.id(), tx.now()));
		}
		return job.id();
	}

	/** The node as the reset installs it (the job is set once it has started). */
	private static Node reinstalled(ProjectState state, Cluster cluster, Node node, ReinstallNodeSpec spec, Tx tx) {
		NodePool pool = (node.poolId() != null) ? state.pool(node.poolId()).orElseThrow() : null;
		Reinstall with = (pool != null) ? Reinstalls.ofPool(pool, cluster, node) : Reinstalls.of(state, cluster, spec);
		String name = (pool != null) ? null : spec.name();
		return node.reinstalling(with, Objects.requireNonNullElse(name, node.name()), node.jobId(), tx.now());
	}

}
