package io.cceemulator.nodelifecycle;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Node;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;

/**
 * The one lock every node operation checks: a node that an unfinished job works on (a migration, a create, a reset,
 * an accept, a remove, a delete) refuses every other operation with 429, as CCE answers "Resource locked by other
 * requests". The lock is the job itself, so it ends exactly when the job does.
 */
public final class NodeLocks {

	private NodeLocks() {
	}

	/** @param rule the name of the caller's rule, for the journal */
	public static void requireUnlocked(ProjectState state, Node node, String rule) {
		state.lockingJob(node.id()).ifPresent((job) -> {
			throw new CceException(CceError.RESOURCE_LOCKED, "node " + node.id() + " is locked by other requests: job "
					+ job.id() + " (" + job.type() + ") is working on it", rule);
		});
	}

	/** A server is locked while a job works on the node that runs on it (accepting it, removing it, ...). */
	public static void requireUnlocked(ProjectState state, Server server, String rule) {
		state.nodeOn(server.id()).flatMap((node) -> state.lockingJob(node.id())).ifPresent((job) -> {
			throw new CceException(CceError.RESOURCE_LOCKED, "server " + server.id()
					+ " is locked by other requests: job " + job.id() + " (" + job.type() + ") is working on it", rule);
		});
	}

}
