package io.cceemulator.nodelifecycle;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/**
 * RemoveNode: the nodes leave the cluster by a RemoveNode job (Deleting meanwhile); CCE reinstalls their OS and
 * keeps their servers running, free to be accepted again.
 */
@Service
class NodeRemoval {

	static final String MASKED_PASSWORD = "******";

	private final StateStore store;

	NodeRemoval(StateStore store) {
		this.store = store;
	}

	RemoveNodesTask remove(String projectId, String clusterId, RemoveNodesTask task) {
		check(task);
		return this.store.write(projectId, (tx) -> accept(tx, clusterId, task));
	}

	static void check(RemoveNodesTask task) {
		RequestChecks.envelope(task.apiVersion(), task.kind(), "RemoveNodesTask");
		ReinstallNodeSpec.Login login = task.spec().login();
		if (login != null) {
			Reinstalls.checkLogin("spec.login", login);
		}
		RequestChecks.distinct(task.spec().nodes().stream().map(RemoveNodesTask.NodeItem::uid).toList(),
				"spec.nodes[%d].uid", "node");
	}

	static RemoveNodesTask accept(Tx tx, String clusterId, RemoveNodesTask task) {
		Cluster cluster = Guards.cluster(tx.state(), clusterId);
		Guards.available(cluster);
		List<Node> nodes = task.spec().nodes().stream().map((n) -> Guards.node(tx.state(), cluster, n.uid())).toList();
		Guards.unlocked(tx.state(), nodes);
		Job job = tx.startJob(JobTrees.remove(cluster, nodes));
		nodes.forEach((n) -> tx.put(n.inPhase(NodePhase.DELETING, job.id(), tx.now())));
		return new RemoveNodesTask("v3", "RemoveNodesTask",
				new RemoveNodesTask.RemoveNodesSpec(masked(task.spec().login()), task.spec().nodes()),
				new RemoveNodesTask.TaskStatus(job.id()));
	}

	private static ReinstallNodeSpec.Login masked(ReinstallNodeSpec.Login login) {
		if (login == null || !login.hasPassword()) {
			return (login != null) ? new ReinstallNodeSpec.Login(login.sshKey(), null, null, null) : null;
		}
		Node.NodeLogin kept = Reinstalls.login(login);
		return new ReinstallNodeSpec.Login(null, new ReinstallNodeSpec.UserPassword(kept.username(), MASKED_PASSWORD),
				null, null);
	}

}
