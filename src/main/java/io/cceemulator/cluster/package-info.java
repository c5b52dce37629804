/**
 * Clusters: {@code GET /api/v3/projects/{project_id}/clusters} and {@code .../clusters/{cluster_id}}.
 */
package io.cceemulator.cluster;
