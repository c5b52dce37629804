package io.cceemulator.cluster;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.CceException;
import io.cceemulator.state.StateStore;
import io.cceemulator.web.CceOperation;

@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters")
class ClusterController {

	private final StateStore store;

	ClusterController(StateStore store) {
		this.store = store;
	}

	/** {@code status}, {@code type} and {@code version} filter as in CCE's ListClusters; {@code detail} is accepted. */
	@CceOperation("ListClusters")
	@GetMapping
	ClusterView.ClusterList list(@PathVariable("project_id") String projectId,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "version", required = false) String version) {
		return new ClusterView.ClusterList("Cluster", "v3", this.store.read(projectId)
			.clusters()
			.stream()
			.filter((c) -> status == null || status.isEmpty() || status.equals(c.phase()))
			.filter((c) -> type == null || type.isEmpty() || type.equals(c.settings().type()))
			.filter((c) -> version == null || version.isEmpty() || c.version().startsWith(version))
			.map(ClusterView::of)
			.toList());
	}

	@CceOperation("ShowCluster")
	@GetMapping("/{cluster_id}")
	ClusterView show(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId) {
		return ClusterView.of(this.store.read(projectId)
			.cluster(clusterId)
			.orElseThrow(() -> CceException.clusterNotFound(clusterId)));
	}

}
