package io.cceemulator.clusterlifecycle;

import java.util.List;
import java.util.Map;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.JobRequest;
import io.cceemulator.state.JobRequest.SubJob;

/**
 * The jobs of the cluster lifecycle. Terraform reads only the parent's {@code spec.clusterUID}
 * ({@code getClusterIDFromJob}); the sub-jobs of a create are the ones OpenTelekomCloud's job example shows
 * ({@code CreatePSMCert}, {@code InstallMaster}). No source shows a delete job's sub-jobs, so it has none.
 */
final class ClusterJobs {

	static final String CREATE = "CreateCluster";

	static final String DELETE = "DeleteCluster";

	static final String CREATE_CERT = "CreatePSMCert";

	static final String INSTALL_MASTER = "InstallMaster";

	private ClusterJobs() {
	}

	static JobRequest create(Cluster cluster) {
		return new JobRequest(CREATE, cluster.id(), cluster.id(), cluster.name(), Map.of(),
				List.of(new SubJob(CREATE_CERT, cluster.id(), cluster.id(), cluster.name()),
						new SubJob(INSTALL_MASTER, cluster.id(), cluster.id(), cluster.name())));
	}

	/** @param options what happens to the cluster's nodes, carried to the job's end */
	static JobRequest delete(Cluster cluster, Map<String, String> options) {
		return new JobRequest(DELETE, cluster.id(), cluster.id(), cluster.name(), options, List.of());
	}

}
