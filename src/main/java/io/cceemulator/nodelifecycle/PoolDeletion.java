package io.cceemulator.nodelifecycle;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.cceemulator.state.Job;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.JobPhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.Tx;

/**
 * The end of DeleteNodePool's job, in the same change as its last phase: each node whose sub-job succeeded goes with
 * its server, and the pool goes once it has no node left. A node whose sub-job failed stays (Active if the job failed
 * before it began, else Error, as a failed DeleteNode leaves it), and so does the pool, in phase Error.
 */
@Component
class PoolDeletion implements JobEffect {

	@Override
	public Set<String> jobTypes() {
		return Set.of(JobTrees.DELETE_POOL);
	}

	@Override
	public void finished(Job job, JobPhase from, Tx tx) {
		for (Job sub : job.subJobs()) {
			tx.state()
				.node(sub.resourceId())
				.filter((n) -> job.id().equals(n.jobId()))
				.ifPresent((n) -> UninstallCompletion.finish(tx, job, n, sub.phase() == JobPhase.SUCCESS, from, true));
		}
		tx.state().pool(job.resourceId()).filter((p) -> job.id().equals(p.jobId())).ifPresent((pool) -> {
			if (PoolNodes.members(tx.state(), pool).isEmpty()) {
				tx.removePool(pool.id());
			}
			else {
				tx.put(pool.inPhase(NodePool.ERROR, job.id(), job.updated()));
			}
		});
	}

}
