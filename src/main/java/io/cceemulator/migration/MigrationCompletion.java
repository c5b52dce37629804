package io.cceemulator.migration;

import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cceemulator.state.Job;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.JobPhase;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.Tx;

/**
 * The end of a migration job, in the same change as the job's last phase: a node whose sub-job succeeded moves from
 * the source to the target's DefaultPool, reinstalled and Active. A node whose sub-job failed before its reinstall
 * began (job still Initializing) stays in the source, Active; one that failed mid-install (Running) lands in the
 * target as Error, as CCE leaves a node whose installation failed.
 */
@Component
class MigrationCompletion implements JobEffect {

	@Override
	public Set<String> jobTypes() {
		return Set.of(MigrationService.JOB_TYPE);
	}

	@Override
	public void finished(Job job, JobPhase from, Tx tx) {
		for (Job sub : job.subJobs()) {
			tx.state()
				.node(sub.resourceId())
				.filter((n) -> n.isMigrating() && n.incoming().jobId().equals(job.id()))
				.ifPresent((n) -> tx.put(finish(n, sub, from, job.updated())));
		}
	}

	private static Node finish(Node node, Job sub, JobPhase from, Instant at) {
		if (sub.phase() == JobPhase.SUCCESS) {
			return node.arrived(at);
		}
		if (from == JobPhase.RUNNING) {
			return node.arrived(at).stayed(NodePhase.ERROR, at);
		}
		return node.stayed(NodePhase.ACTIVE, at);
	}

}
