package io.cceemulator.node;

import java.util.List;
import java.util.Map;

import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.system.GoTime;

/** The CCE v3 {@code NodePool} body; the DefaultPool is shown with the literal id {@code DefaultPool}. */
record NodePoolView(String kind, String apiVersion, Metadata metadata, Spec spec, Status status) {

	record Metadata(String name, String uid, String creationTimestamp, String updateTimestamp) {
	}

	record Spec(String type, NodeTemplate nodeTemplate, int initialNodeCount, Autoscaling autoscaling) {
	}

	/** What the pool's nodes are installed with; empty strings and lists where the DefaultPool sets nothing. */
	record NodeTemplate(String flavor, String az, String os, NodeView.Login login, NodeView.Runtime runtime,
			Map<String, String> k8sTags, List<Node.Taint> taints) {

		static NodeTemplate none(String az) {
			return new NodeTemplate("", az, "", null, null, Map.of(), List.of());
		}

	}

	record Autoscaling(boolean enable, int minNodeCount, int maxNodeCount) {
	}

	record Status(int currentNode, int creatingNode, int deletingNode, String phase) {
	}

	record PoolList(String kind, String apiVersion, List<NodePoolView> items) {
	}

	static NodePoolView of(String id, String name, String created, NodeTemplate template, List<Node> members) {
		int installing = (int) members.stream().filter((n) -> n.phase() == NodePhase.INSTALLING).count();
		int deleting = (int) members.stream().filter((n) -> n.phase() == NodePhase.DELETING).count();
		return new NodePoolView("NodePool", "v3", new Metadata(name, id, created, created),
				new Spec("vm", template, members.size(), new Autoscaling(false, 0, 0)),
				new Status(members.size() - installing - deleting, installing, deleting, ""));
	}

	static NodePoolView of(NodePool pool, List<Node> members) {
		String created = GoTime.format(pool.created());
		NodeTemplate template = new NodeTemplate(pool.flavor(), (pool.az() != null) ? pool.az() : "", pool.os(),
				new NodeView.Login(pool.sshKey(), null), (pool.runtime() != null) ? new NodeView.Runtime(pool.runtime()) : null,
				pool.labels(), pool.taints());
		return of(pool.id(), pool.name(), created, template, members);
	}

}
