package io.cceemulator.clusterlifecycle;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.cceemulator.cluster.ClusterView;
import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.JobState;
import io.cceemulator.state.Node;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/**
 * DeleteCluster: the query checked, then the rules (the cluster exists, it is not being created or deleted, its
 * deletion protection is off, no job works on it or its nodes), then the cluster Deleting under a DeleteCluster job
 * whose end removes it.
 */
@Service
class ClusterDeletion {

	private final StateStore store;

	ClusterDeletion(StateStore store) {
		this.store = store;
	}

	ClusterView delete(String projectId, String clusterId, Map<String, String> query) {
		DeleteOptions options = DeleteOptions.of(query);
		return this.store.write(projectId, (tx) -> accept(tx, clusterId, options));
	}

	private static ClusterView accept(Tx tx, String clusterId, DeleteOptions options) {
		Cluster cluster = ClusterGuards.cluster(tx.state(), clusterId);
		ClusterGuards.settled(cluster, "deleted");
		if (cluster.settings().deletionProtection()) {
			throw new CceException(CceError.INVALID_REQUEST, "cluster " + clusterId + " has deletion protection on; "
					+ "turn it off with UpdateCluster (spec.deletionProtection=false) first",
					ClusterRule.DELETION_UNPROTECTED.name());
		}
		unlocked(tx.state(), cluster);
		Job job = tx.startJob(ClusterJobs.delete(cluster, options.values()));
		Cluster deleting = cluster.inPhase(Cluster.DELETING, job.id(), tx.now());
		tx.put(deleting);
		return ClusterView.of(deleting);
	}

	/**
	 * A job on the cluster, on a node it shows (a migration into it included), or of any operation of the cluster
	 * (a node pool's, say) holds the cluster: deleting it under that job would leave the job nothing to end on.
	 */
	private static void unlocked(ProjectState state, Cluster cluster) {
		Optional<Job> job = state.lockingJob(cluster.id());
		for (Node node : state.nodesIn(cluster.id())) {
			if (job.isPresent()) {
				break;
			}
			job = state.lockingJob(node.id());
		}
		if (job.isEmpty()) {
			job = state.jobs()
				.stream()
				.map(JobState::job)
				.filter((j) -> !j.phase().isFinished() && cluster.id().equals(j.clusterId()))
				.findFirst();
		}
		job.ifPresent((j) -> {
			throw new CceException(CceError.RESOURCE_LOCKED, "cluster " + cluster.id() + " is locked by other "
					+ "requests: job " + j.id() + " (" + j.type() + ") is working on it or its nodes",
					ClusterRule.CLUSTER_UNLOCKED.name());
		});
	}

}
