package io.cceemulator.clusterlifecycle;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.JobPhase;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.Tx;

/**
 * The end of a DeleteCluster job, in the same change as its last phase. On success the cluster goes, with its node
 * pools and nodes; each node's server goes too, unless the job's node policy was {@code retain} or {@code reset},
 * which leave it running and free. A node a migration was bringing in stays in its source, Active. A job that failed
 * before it began (Initializing) leaves the cluster Available; one that failed mid-way leaves it Error.
 */
@Component
class DeleteCompletion implements JobEffect {

	@Override
	public Set<String> jobTypes() {
		return Set.of(ClusterJobs.DELETE);
	}

	@Override
	public void finished(Job job, JobPhase from, Tx tx) {
		Cluster cluster = tx.state()
			.cluster(job.resourceId())
			.filter((c) -> Cluster.DELETING.equals(c.phase()) && ownJob(c, job))
			.orElse(null);
		if (cluster == null) {
			return;
		}
		if (job.phase() != JobPhase.SUCCESS) {
			tx.put(cluster.inPhase((from == JobPhase.RUNNING) ? Cluster.ERROR : Cluster.AVAILABLE, null, job.updated()));
			return;
		}
		boolean keepServers = DeleteOptions.keepsServers(job.extendParam());
		for (Node shown : tx.state().nodesIn(cluster.id())) {
			Node node = tx.state().node(shown.id()).orElseThrow();
			if (!node.clusterId().equals(cluster.id())) {
				tx.put(node.stayed(NodePhase.ACTIVE, job.updated()));
				continue;
			}
			tx.removeNode(node.id());
			if (!keepServers) {
				tx.removeServer(node.serverId());
			}
		}
		tx.state().pools(cluster.id()).forEach((p) -> tx.removePool(p.id()));
		tx.removeCluster(cluster.id());
	}

	/** The cluster's own job; an admin edit that replaced the cluster's settings lost its job id, and it is taken. */
	private static boolean ownJob(Cluster cluster, Job job) {
		return cluster.settings().jobId() == null || job.id().equals(cluster.settings().jobId());
	}

}
