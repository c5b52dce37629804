package io.cceemulator.nodelifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cceemulator.state.Job;
import io.cceemulator.state.JobEffect;
import io.cceemulator.state.JobPhase;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.Tx;

/**
 * The end of a job that takes nodes out of their cluster, in the same change as the job's last phase. A node whose
 * sub-jobs all succeeded leaves the cluster: RemoveNode leaves its server running and free (CCE: "Removing a node
 * will not delete the server"), DeleteNode deletes the server too. A node whose sub-job failed before the uninstall
 * began (job still Initializing) stays, Active; one that failed mid-way (Running) is Error, like a failed migration.
 */
@Component
class UninstallCompletion implements JobEffect {

	@Override
	public Set<String> jobTypes() {
		return Set.copyOf(JobTrees.UNINSTALLS);
	}

	@Override
	public void finished(Job job, JobPhase from, Tx tx) {
		Map<String, Boolean> succeeded = new LinkedHashMap<>();
		job.subJobs().forEach((s) -> succeeded.merge(s.resourceId(), s.phase() == JobPhase.SUCCESS, Boolean::logicalAnd));
		succeeded.forEach((nodeId, ok) -> tx.state()
			.node(nodeId)
			.filter((n) -> job.id().equals(n.jobId()))
			.ifPresent((n) -> finish(tx, job, n, ok, from, JobTrees.DELETE_NODE.equals(job.type()))));
	}

	/**
	 * One node's end of an uninstalling job: gone (with its server if {@code withServer}) if its work succeeded,
	 * else Active if the job failed before the uninstall began and Error if mid-way.
	 */
	static void finish(Tx tx, Job job, Node node, boolean ok, JobPhase from, boolean withServer) {
		if (!ok) {
			tx.put(node.inPhase((from == JobPhase.RUNNING) ? NodePhase.ERROR : NodePhase.ACTIVE, job.id(), job.updated()));
			return;
		}
		tx.removeNode(node.id());
		if (withServer) {
			tx.removeServer(node.serverId());
		}
	}

}
