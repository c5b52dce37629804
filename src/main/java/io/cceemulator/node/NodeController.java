package io.cceemulator.node;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private final NodeListings listings;

	NodeController(StateStore store, NodeListings listings) {
		this.store = store;
		this.listings = listings;
	}

	@CceOperation("ListNodes")
	@GetMapping
	ResponseEntity<byte[]> list(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId) {
		ProjectState state = cluster(projectId, clusterId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.listings.body(state, clusterId));
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
