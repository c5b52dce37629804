package io.cceemulator.nodelifecycle;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.web.CceOperation;

/** The operations that move nodes in and out of a cluster and between its pools; all answer 200. */
@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}")
class NodeOperationController {

	private final NodeRemoval removal;

	private final ServerAcceptance acceptance;

	private final NodeReset reset;

	private final PoolMigration pools;

	NodeOperationController(NodeRemoval removal, ServerAcceptance acceptance, NodeReset reset, PoolMigration pools) {
		this.removal = removal;
		this.acceptance = acceptance;
		this.reset = reset;
		this.pools = pools;
	}

	@CceOperation("RemoveNode")
	@PutMapping("/nodes/operation/remove")
	RemoveNodesTask remove(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@Valid @RequestBody RemoveNodesTask task) {
		return this.removal.remove(projectId, clusterId, task);
	}

	@CceOperation("AddNode")
	@PostMapping("/nodes/add")
	NodeLists.JobId add(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@Valid @RequestBody NodeLists.AddNodeList list) {
		return this.acceptance.add(projectId, clusterId, list);
	}

	@CceOperation("ResetNode")
	@PostMapping("/nodes/reset")
	NodeLists.JobId reset(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@Valid @RequestBody NodeLists.ResetNodeList list) {
		return this.reset.reset(projectId, clusterId, list);
	}

	@CceOperation("AddNodesToNodePool")
	@PostMapping("/nodepools/{nodepool_id}/nodes/add")
	NodeLists.JobId addToPool(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId, @PathVariable("nodepool_id") String poolId,
			@Valid @RequestBody NodeLists.AddNodesToNodePoolList list) {
		return this.acceptance.addToPool(projectId, clusterId, poolId, list);
	}

	/** CCE's answer has no fields (the SDK's MigrateToNodePoolResponse is empty). */
	@CceOperation("MigrateToNodePool")
	@PutMapping("/nodepools/{nodepool_id}/nodes/migrate")
	Map<String, Object> migrateToPool(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId, @PathVariable("nodepool_id") String poolId,
			@Valid @RequestBody NodeLists.MigrateNodesToNodePoolList list) {
		this.pools.migrate(projectId, clusterId, poolId, list);
		return Map.of();
	}

}
