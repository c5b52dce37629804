package io.cceemulator.node;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.CceException;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.web.CceOperation;

@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes")
class NodeController {

	private final StateStore store;

	NodeController(StateStore store) {
		this.store = store;
	}

	@CceOperation("ListNodes")
	@GetMapping
	NodeView.NodeList list(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId) {
		ProjectState state = cluster(projectId, clusterId);
		Map<String, String> poolNames = poolNames(state, clusterId);
		return new NodeView.NodeList("List", "v3",
				state.nodesIn(clusterId).stream().map((n) -> view(state, n, poolNames)).toList());
	}

	@CceOperation("ShowNode")
	@GetMapping("/{node_id}")
	NodeView show(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId) {
		ProjectState state = cluster(projectId, clusterId);
		return state.nodeIn(clusterId, nodeId)
			.map((n) -> view(state, n, poolNames(state, clusterId)))
			.orElseThrow(() -> CceException.nodeNotFound(nodeId, clusterId));
	}

	/** The project's state, once the cluster is known to be in it. */
	private ProjectState cluster(String projectId, String clusterId) {
		ProjectState state = this.store.read(projectId);
		state.cluster(clusterId).orElseThrow(() -> CceException.clusterNotFound(clusterId));
		return state;
	}

	/** Pool names are looked up once per call, not once per node of a listing. */
	private static Map<String, String> poolNames(ProjectState state, String clusterId) {
		return state.pools(clusterId).stream().collect(Collectors.toMap(NodePool::id, NodePool::name, (a, b) -> a));
	}

	private static NodeView view(ProjectState state, Node node, Map<String, String> poolNames) {
		String poolName = (node.poolId() == null) ? Node.DEFAULT_POOL
				: poolNames.getOrDefault(node.poolId(), node.poolId());
		return NodeView.of(node, poolName, state.server(node.serverId()).orElse(null));
	}

}
