package io.cceemulator.nodelifecycle;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;

/** The guard clauses the node operations share; each refuses with CCE's code and names its {@link NodeRule}. */
final class Guards {

	private Guards() {
	}

	static CceException refuse(CceError error, NodeRule rule, String message) {
		return new CceException(error, message, rule.name());
	}

	static CceException invalid(NodeRule rule, String message) {
		return refuse(CceError.INVALID_REQUEST, rule, message);
	}

	static Cluster cluster(ProjectState state, String clusterId) {
		return state.cluster(clusterId)
			.orElseThrow(() -> CceException.clusterNotFound(clusterId).withRule(NodeRule.CLUSTER_EXISTS.name()));
	}

	static void available(Cluster cluster) {
		if (!cluster.isAvailable()) {
			throw invalid(NodeRule.CLUSTER_AVAILABLE,
					"cluster " + cluster.id() + " is " + cluster.phase() + ", not Available");
		}
	}

	/** The node's own record, when the cluster shows it (a node a migration is installing into it included). */
	static Node node(ProjectState state, Cluster cluster, String nodeId) {
		return state.node(nodeId)
			.filter((n) -> n.isShownIn(cluster.id()))
			.orElseThrow(() -> CceException.nodeNotFound(nodeId, cluster.id()).withRule(NodeRule.NODES_IN_CLUSTER.name()));
	}

	static void unlocked(ProjectState state, Collection<Node> nodes) {
		nodes.forEach((n) -> NodeLocks.requireUnlocked(state, n, NodeRule.NODES_UNLOCKED.name()));
	}

	/** A custom pool of the cluster: the DefaultPool is no pool to move or accept nodes into. */
	static NodePool customPool(ProjectState state, Cluster cluster, String poolId) {
		if (Node.DEFAULT_POOL.equals(poolId)) {
			throw invalid(NodeRule.POOL_IS_CUSTOM, "DefaultPool is not a custom node pool: nodes come into it with "
					+ "AddNode (accepting a server) or MigrateNode");
		}
		NodePool pool = state.pool(poolId)
			.filter((p) -> p.clusterId().equals(cluster.id()))
			.orElseThrow(() -> CceException.nodePoolNotFound(poolId, cluster.id()).withRule(NodeRule.POOL_EXISTS.name()));
		if (pool.isDeleting()) {
			throw refuse(CceError.RESOURCE_LOCKED, NodeRule.POOL_NOT_DELETING,
					"node pool " + poolId + " is Deleting (job " + pool.jobId() + ")");
		}
		return pool;
	}

	static Server server(ProjectState state, String serverId) {
		return state.server(serverId)
			.orElseThrow(() -> CceException.serverNotFound(serverId).withRule(NodeRule.SERVERS_EXIST.name()));
	}

	/** Free servers only: one a job works on is locked (429), one a node runs on is taken (409). */
	static void free(ProjectState state, Collection<Server> servers) {
		servers.forEach((s) -> NodeLocks.requireUnlocked(state, s, NodeRule.SERVERS_UNLOCKED.name()));
		for (Server server : servers) {
			state.nodeOn(server.id()).ifPresent((n) -> {
				throw refuse(CceError.ALREADY_EXISTS, NodeRule.SERVERS_FREE, "server " + server.id()
						+ " is already node " + n.id() + " of cluster " + n.clusterId() + "; remove it from there first");
			});
		}
	}

	/** What CCE asks of a server it accepts: running, in the cluster's VPC, 2 vCPUs and 4 GiB, a data disk. */
	static void acceptable(Cluster cluster, Collection<Server> servers) {
		for (Server s : servers) {
			if (!s.isRunning()) {
				throw invalid(NodeRule.SERVERS_RUNNING, "server " + s.id() + " is " + s.status() + ", not running");
			}
		}
		for (Server s : servers) {
			if (!s.vpc().equals(cluster.vpc())) {
				throw invalid(NodeRule.SERVERS_IN_CLUSTER_VPC, "server " + s.id() + " is in " + s.vpc()
						+ "; only servers in the cluster's VPC " + cluster.vpc() + " can be accepted");
			}
		}
		for (Server s : servers) {
			if (s.vcpus() < 2 || s.memoryGiB() < 4) {
				throw invalid(NodeRule.SERVERS_BIG_ENOUGH, "server " + s.id() + " (" + s.flavor() + ") has "
						+ s.vcpus() + " vCPUs and " + s.memoryGiB() + " GiB; nodes need at least 2 vCPUs and 4 GiB");
			}
		}
		for (Server s : servers) {
			if (s.dataVolumes().stream().noneMatch((v) -> v.size() >= 20)) {
				throw invalid(NodeRule.SERVERS_HAVE_DATA_DISK, "server " + s.id()
						+ " has no data disk of at least 20 GiB for the container runtime and kubelet");
			}
		}
	}

	/** Node names are unique in a cluster; {@code names} are the new ones, {@code except} the nodes they replace. */
	static void namesFree(ProjectState state, Cluster cluster, Collection<String> names, Set<String> except) {
		Set<String> taken = new HashSet<>();
		state.nodesIn(cluster.id()).stream().filter((n) -> !except.contains(n.id())).forEach((n) -> taken.add(n.name()));
		for (String name : names) {
			if (!taken.add(name)) {
				throw refuse(CceError.ALREADY_EXISTS, NodeRule.NAMES_FREE,
						"a node named " + name + " exists already in cluster " + cluster.id());
			}
		}
	}

	static void room(ProjectState state, Cluster cluster, int adding) {
		long after = (long) state.nodeCount(cluster.id()) + adding;
		if (after > cluster.maxNodes()) {
			throw refuse(CceError.TOO_MANY_NODES, NodeRule.CLUSTER_HAS_ROOM, "cluster " + cluster.id() + " ("
					+ cluster.flavor() + ") takes at most " + cluster.maxNodes() + " nodes; " + adding
					+ " more would make " + after);
		}
	}

}
