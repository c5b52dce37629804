package io.cceemulator.nodelifecycle;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.node.NodePoolView;
import io.cceemulator.web.CceOperation;

/** CreateNodePool, UpdateNodePool, ScaleNodePool and DeleteNodePool; reading pools is the node feature's. */
@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}/nodepools")
class NodePoolChangeController {

	private final NodePoolCreation creation;

	private final NodePoolChanges changes;

	NodePoolChangeController(NodePoolCreation creation, NodePoolChanges changes) {
		this.creation = creation;
		this.changes = changes;
	}

	/** 201, as golangsdk accepts nothing else for a create. */
	@CceOperation("CreateNodePool")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	NodePoolView create(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@Valid @RequestBody NodePoolRequest request) {
		return this.creation.create(projectId, clusterId, request);
	}

	@CceOperation("UpdateNodePool")
	@PutMapping("/{nodepool_id}")
	NodePoolView update(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("nodepool_id") String poolId, @Valid @RequestBody NodePoolUpdate update) {
		return this.changes.update(projectId, clusterId, poolId, update);
	}

	@CceOperation("ScaleNodePool")
	@PostMapping("/{nodepool_id}/operation/scale")
	NodePoolView scale(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("nodepool_id") String poolId, @Valid @RequestBody ScaleNodePoolRequest request) {
		return this.changes.scale(projectId, clusterId, poolId, request);
	}

	@CceOperation("DeleteNodePool")
	@DeleteMapping("/{nodepool_id}")
	NodePoolView delete(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("nodepool_id") String poolId) {
		return this.changes.delete(projectId, clusterId, poolId);
	}

}
