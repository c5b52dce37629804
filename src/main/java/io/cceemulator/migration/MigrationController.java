package io.cceemulator.migration;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.web.CceOperation;

@RestController
class MigrationController {

	private final MigrationService migrations;

	MigrationController(MigrationService migrations) {
		this.migrations = migrations;
	}

	@CceOperation("MigrateNode")
	@PutMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes/operation/migrateto/{target_cluster_id}")
	MigrateNodesTask migrate(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId, @PathVariable("target_cluster_id") String targetClusterId,
			@Valid @RequestBody MigrateNodesTask task) {
		return this.migrations.migrate(projectId, clusterId, targetClusterId, task);
	}

}
