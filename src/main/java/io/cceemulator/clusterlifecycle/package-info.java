/**
 * The cluster lifecycle: {@code CreateCluster}, {@code UpdateCluster}, {@code DeleteCluster} and
 * {@code CreateKubernetesClusterCert} under {@code /api/v3/projects/{project_id}/clusters}, with the jobs the create
 * and the delete run; reading clusters is the cluster feature's.
 */
package io.cceemulator.clusterlifecycle;
