package io.cceemulator.clusterlifecycle;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.JobPhase;
import io.cceemulator.state.Tx;

/**
 * The end of a CreateCluster job, in the same change as its last phase: the cluster is Available, or Error if the
 * job failed (Terraform gives up on Error). A cluster deleted meanwhile (through the admin API) is left alone.
 */
@Component
class CreateCompletion implements JobEffect {

	@Override
	public Set<String> jobTypes() {
		return Set.of(ClusterJobs.CREATE);
	}

	@Override
	public void finished(Job job, JobPhase from, Tx tx) {
		tx.state()
			.cluster(job.resourceId())
			.filter((c) -> Cluster.CREATING.equals(c.phase()) && ownJob(c, job))
			.ifPresent((c) -> tx.put(c.inPhase((job.phase() == JobPhase.SUCCESS) ? Cluster.AVAILABLE : Cluster.ERROR,
					null, job.updated())));
	}

	/** The cluster's own job; an admin edit that replaced the cluster's settings lost its job id, and it is taken. */
	private static boolean ownJob(Cluster cluster, Job job) {
		return cluster.settings().jobId() == null || job.id().equals(cluster.settings().jobId());
	}

}
