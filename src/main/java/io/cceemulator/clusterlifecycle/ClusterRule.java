package io.cceemulator.clusterlifecycle;

/**
 * The rules of the cluster operations, by the names the journal records for a refusal, in the order
 * docs/clusters.md lists them (after the request's own validation); the first one violated answers.
 */
enum ClusterRule {

	CLUSTER_EXISTS, VERSION_SUPPORTED, NAME_FREE, QUOTA_LEFT, CLUSTER_SETTLED, DELETION_UNPROTECTED, CLUSTER_UNLOCKED

}
