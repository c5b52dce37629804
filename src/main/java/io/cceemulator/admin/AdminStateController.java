package io.cceemulator.admin;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.ImageData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.NodeSetData;
import io.cceemulator.error.AdminException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Image;
import io.cceemulator.state.Node;
import io.cceemulator.web.ApiSurface;

/**
 * Clusters, nodes and images one by one or in bulk, in the data file's format: POST creates, PATCH changes the
 * named fields, DELETE removes (a cluster with its nodes and pools).
 */
@RestController
@RequestMapping(ApiSurface.ADMIN_PREFIX + "/projects/{project_id}")
class AdminStateController {

	/** Nodes listed one by one and/or generated: {@code {"nodes":[...], "nodeSets":[{"count":10000,...}]}}. */
	record NodesToAdd(List<NodeData> nodes, List<NodeSetData> nodeSets) {
	}

	private final AdminEdits editor;

	AdminStateController(AdminEdits editor) {
		this.editor = editor;
	}

	@PostMapping("/clusters")
	@ResponseStatus(HttpStatus.CREATED)
	Cluster createCluster(@PathVariable("project_id") String projectId, @RequestBody ClusterData cluster) {
		return this.editor.createCluster(projectId, cluster);
	}

	@PatchMapping("/clusters/{cluster_id}")
	Cluster updateCluster(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@RequestBody JsonNode patch) {
		return this.editor.updateCluster(projectId, clusterId, patch);
	}

	@DeleteMapping("/clusters/{cluster_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCluster(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId) {
		this.editor.deleteCluster(projectId, clusterId);
	}

	@PostMapping("/clusters/{cluster_id}/nodes")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> createNodes(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId, @RequestBody NodesToAdd body) {
		if ((body.nodes() == null || body.nodes().isEmpty()) && (body.nodeSets() == null || body.nodeSets().isEmpty())) {
			throw AdminException.badRequest("give the nodes to add in nodes and/or nodeSets");
		}
		List<Node> created = this.editor.createNodes(projectId, clusterId, body.nodes(), body.nodeSets());
		return Map.of("created", created.size(), "ids",
				(created.size() <= 1000) ? created.stream().map(Node::id).toList() : List.of());
	}

	@PatchMapping("/clusters/{cluster_id}/nodes/{node_id}")
	Node updateNode(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId, @RequestBody JsonNode patch) {
		return this.editor.updateNode(projectId, clusterId, nodeId, patch);
	}

	@DeleteMapping("/clusters/{cluster_id}/nodes/{node_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteNode(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId) {
		this.editor.deleteNode(projectId, clusterId, nodeId);
	}

	@PostMapping("/images")
	@ResponseStatus(HttpStatus.CREATED)
	Image createImage(@PathVariable("project_id") String projectId, @RequestBody ImageData image) {
		return this.editor.createImage(projectId, image);
	}

	@DeleteMapping("/images/{image_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteImage(@PathVariable("project_id") String projectId, @PathVariable("image_id") String imageId) {
		this.editor.deleteImage(projectId, imageId);
	}

}
