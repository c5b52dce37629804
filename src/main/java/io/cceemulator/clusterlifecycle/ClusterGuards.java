package io.cceemulator.clusterlifecycle;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.ProjectState;

/** The guard clauses the cluster operations share; each refuses with CCE's code and names its {@link ClusterRule}. */
final class ClusterGuards {

	private ClusterGuards() {
	}

	static Cluster cluster(ProjectState state, String clusterId) {
		return state.cluster(clusterId)
			.orElseThrow(() -> CceException.clusterNotFound(clusterId).withRule(ClusterRule.CLUSTER_EXISTS.name()));
	}

	/** A cluster being created or deleted takes no other change until its job ends. */
	static void settled(Cluster cluster, String what) {
		if (Cluster.CREATING.equals(cluster.phase()) || Cluster.DELETING.equals(cluster.phase())) {
			throw new CceException(CceError.INVALID_REQUEST, "cluster " + cluster.id() + " is " + cluster.phase()
					+ " (job " + cluster.settings().jobId() + "); it cannot be " + what + " until that job ends",
					ClusterRule.CLUSTER_SETTLED.name());
		}
	}

}
