/**
 * Node migration between clusters:
 * {@code PUT /api/v3/projects/{project_id}/clusters/{cluster_id}/nodes/operation/migrateto/{target_cluster_id}}.
 */
package io.cceemulator.migration;
