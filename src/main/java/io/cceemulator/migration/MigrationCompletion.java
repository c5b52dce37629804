package io.cceemulator.migration;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.cceemulator.job.Job;
import io.cceemulator.job.JobListener;
import io.cceemulator.job.JobPhase;
import io.cceemulator.node.Node;
import io.cceemulator.node.NodePhase;
import io.cceemulator.node.NodeRegistry;
import io.cceemulator.system.ProjectLocks;

/**
 * Applies the end of a migration job to its nodes, all under the project's lock: a node whose sub-job succeeded
 * moves, in one write, from the source to the target's DefaultPool, reinstalled and Active. A node whose sub-job
 * failed before its reinstall began (job still Initializing) stays in the source, Active; one that failed
 * mid-install (Running) lands in the target as Error, as CCE leaves a node whose installation failed.
 */
@Component
class MigrationCompletion implements JobListener {

	private final NodeRegistry nodes;

	private final ProjectLocks locks;

	MigrationCompletion(NodeRegistry nodes, ProjectLocks locks) {
		this.nodes = nodes;
		this.locks = locks;
	}

	@Override
	public void jobFinished(Job job, JobPhase from) {
		if (!MigrationService.JOB_TYPE.equals(job.type())) {
			return;
		}
		this.locks.withLock(job.projectId(), () -> {
			// called inside the job engine's write, so the job's end and its nodes' moves are one durable change
			for (Job sub : job.subJobs()) {
				this.nodes.find(job.projectId(), sub.resourceId())
					.filter((n) -> n.isMigrating() && n.incoming().jobId().equals(job.id()))
					.ifPresent((n) -> this.nodes.save(finish(n, sub, from, job.updated())));
			}
			return null;
		});
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
