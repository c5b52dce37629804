package io.cceemulator.nodelifecycle;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.node.NodeView;
import io.cceemulator.web.CceOperation;

/** CreateNode, UpdateNode and DeleteNode; reading nodes is the node feature's. */
@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes")
class NodeChangeController {

	private final NodeCreation creation;

	private final NodeChanges changes;

	NodeChangeController(NodeCreation creation, NodeChanges changes) {
		this.creation = creation;
		this.changes = changes;
	}

	/**
	 * A node pool is named by the node's pool annotation; with {@code nodepoolScaleUp=NodepoolScaleUp} its node count
	 * grows too (the SDK: "若为NodepoolScaleUp将自动更新对应节点池的实例数").
	 */
	@CceOperation("CreateNode")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	NodeView create(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@RequestParam(name = "nodepoolScaleUp", required = false) String nodepoolScaleUp,
			@Valid @RequestBody NodeCreateRequest request) {
		return this.creation.create(projectId, clusterId, request, "NodepoolScaleUp".equals(nodepoolScaleUp));
	}

	@CceOperation("UpdateNode")
	@PutMapping("/{node_id}")
	NodeView update(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId, @Valid @RequestBody NodeChanges.NodeUpdate update) {
		return this.changes.update(projectId, clusterId, nodeId, update);
	}

	/** Unless {@code nodepoolScaleDown=NoScaleDown}, the node's pool's node count shrinks by it, as the SDK documents. */
	@CceOperation("DeleteNode")
	@DeleteMapping("/{node_id}")
	NodeView delete(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId,
			@RequestParam(name = "nodepoolScaleDown", required = false) String nodepoolScaleDown) {
		return this.changes.delete(projectId, clusterId, nodeId, !"NoScaleDown".equals(nodepoolScaleDown));
	}

}
