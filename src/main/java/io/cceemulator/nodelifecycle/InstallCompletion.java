package io.cceemulator.nodelifecycle;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.cceemulator.state.Job;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.JobPhase;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.Tx;

/**
 * The end of a job that installs nodes (CreateNode, AddNode, AddNodesToNodePool, ResetNode), in the same change as
 * the job's last phase: each node whose {@code CreateNode} sub-job succeeded is Active; one whose sub-job failed is
 * Error, as CCE leaves a node whose installation failed (Terraform gives up on Error). Its server stays with it.
 */
@Component
class InstallCompletion implements JobEffect {

	@Override
	public Set<String> jobTypes() {
		return Set.copyOf(JobTrees.INSTALLS);
	}

	@Override
	public void finished(Job job, JobPhase from, Tx tx) {
		for (Job sub : job.subJobs()) {
			tx.state()
				.node(sub.resourceId())
				.filter((n) -> job.id().equals(n.jobId()))
				.ifPresent((n) -> tx.put(n.inPhase((sub.phase() == JobPhase.SUCCESS) ? NodePhase.ACTIVE
						: NodePhase.ERROR, job.id(), job.updated())));
		}
	}

}
