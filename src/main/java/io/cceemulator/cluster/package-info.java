/**
 * Clusters: {@code GET /api/v3/projects/{project_id}/clusters} and {@code .../clusters/{cluster_id}}, and the
 * registry every other feature looks clusters up in.
 */
package io.cceemulator.cluster;
