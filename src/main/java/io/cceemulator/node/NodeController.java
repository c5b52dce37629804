package io.cceemulator.node;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.CceException;
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
		return new NodeView.NodeList("List", "v3",
				state.nodesIn(clusterId).stream().map((n) -> NodeView.of(state, n)).toList());
	}

	@CceOperation("ShowNode")
	@GetMapping("/{node_id}")
	NodeView show(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId) {
		ProjectState state = cluster(projectId, clusterId);
		return state.nodeIn(clusterId, nodeId)
			.map((n) -> NodeView.of(state, n))
			.orElseThrow(() -> CceException.nodeNotFound(nodeId, clusterId));
	}

	/** The project's state, once the cluster is known to be in it. */
	private ProjectState cluster(String projectId, String clusterId) {
		ProjectState state = this.store.read(projectId);
		state.cluster(clusterId).orElseThrow(() -> CceException.clusterNotFound(clusterId));
		return state;
	}

}
