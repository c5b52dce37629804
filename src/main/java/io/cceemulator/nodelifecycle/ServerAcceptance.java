package io.cceemulator.nodelifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Reinstall;
import io.cceemulator.state.Server;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;
import io.cceemulator.system.Ids;

/**
 * AddNode and AddNodesToNodePool: free servers become nodes of the cluster (its DefaultPool, or a custom pool whose
 * settings they are installed with), Installing under one job, in one write; a server is in at most one cluster
 * however many clients ask at once, as the project's writes take turns.
 */
@Service
class ServerAcceptance {

	private final StateStore store;

	ServerAcceptance(StateStore store) {
		this.store = store;
	}

	NodeLists.JobId add(String projectId, String clusterId, NodeLists.AddNodeList list) {
		RequestChecks.envelope(list.apiVersion(), list.kind(), "List");
		List<String> ids = list.nodeList().stream().map(NodeLists.AddNode::serverID).toList();
		RequestChecks.distinct(ids, "nodeList[%d].serverID", "server");
		ProjectState project = this.store.read(projectId);
		for (int i = 0; i < list.nodeList().size(); i++) {
			Reinstalls.check(project, "nodeList[" + i + "].spec", list.nodeList().get(i).spec());
		}
		return this.store.write(projectId, (tx) -> {
			Cluster cluster = Guards.cluster(tx.state(), clusterId);
			Guards.available(cluster);
			List<Server> servers = servers(tx.state(), cluster, ids);
			List<String> names = new ArrayList<>();
			for (int i = 0; i < servers.size(); i++) {
				names.add(Objects.requireNonNullElse(list.nodeList().get(i).spec().name(), servers.get(i).name()));
			}
			Guards.namesFree(tx.state(), cluster, names, Set.of());
			Guards.room(tx.state(), cluster, servers.size());
			List<Node> nodes = new ArrayList<>();
			for (int i = 0; i < servers.size(); i++) {
				Reinstall with = Reinstalls.of(tx.state(), cluster, list.nodeList().get(i).spec());
				nodes.add(node(tx, cluster, null, servers.get(i), names.get(i), with));
			}
			return new NodeLists.JobId(accept(tx, JobTrees.ADD_NODE, cluster, servers, nodes));
		});
	}

	NodeLists.JobId addToPool(String projectId, String clusterId, String poolId, NodeLists.AddNodesToNodePoolList list) {
		RequestChecks.envelope(list.apiVersion(), list.kind(), "List");
		List<String> ids = list.nodeList().stream().map(NodeLists.ServerRef::serverID).toList();
		RequestChecks.distinct(ids, "nodeList[%d].serverID", "server");
		return this.store.write(projectId, (tx) -> {
			Cluster cluster = Guards.cluster(tx.state(), clusterId);
			Guards.available(cluster);
			NodePool pool = Guards.customPool(tx.state(), cluster, poolId);
			List<Server> servers = servers(tx.state(), cluster, ids);
			matchPool(pool, servers);
			Guards.namesFree(tx.state(), cluster, servers.stream().map(Server::name).toList(), Set.of());
			Guards.room(tx.state(), cluster, servers.size());
			Reinstall with = Reinstalls.ofPool(pool, cluster, null);
			List<Node> nodes = servers.stream().map((s) -> node(tx, cluster, pool, s, s.name(), with)).toList();
			return new NodeLists.JobId(accept(tx, JobTrees.ADD_TO_POOL, cluster, servers, nodes));
		});
	}

	/** The servers, in the rules' order: they exist, no job holds them, no node runs on them, CCE can take them. */
	private static List<Server> servers(ProjectState state, Cluster cluster, List<String> ids) {
		List<Server> servers = ids.stream().map((id) -> Guards.server(state, id)).toList();
		Guards.free(state, servers);
		Guards.acceptable(cluster, servers);
		return servers;
	}

	/** "Only the cloud servers that have the same flavor, AZ ... as the node pool can be added" (CCE's guide). */
	private static void matchPool(NodePool pool, List<Server> servers) {
		for (Server s : servers) {
			if ((pool.flavor() != null && !pool.flavor().equals(s.flavor()))
					|| (pool.az() != null && !pool.az().equals(s.az()))) {
				throw Guards.invalid(NodeRule.SERVERS_MATCH_POOL, "server " + s.id() + " (" + s.flavor() + " in "
						+ s.az() + ") does not match node pool " + pool.id() + " (" + pool.flavor() + " in "
						+ Objects.requireNonNullElse(pool.az(), "any AZ") + ")");
			}
		}
	}

	private static Node node(Tx tx, Cluster cluster, NodePool pool, Server server, String name, Reinstall with) {
		return Node.installing(Ids.uuid(), name, cluster.id(), (pool != null) ? pool.id() : null, server, with,
				tx.now());
	}

	/** The job, then each server renamed after its node (as CCE renames the ECS) and the node, Installing. */
	private static String accept(Tx tx, String type, Cluster cluster, List<Server> servers, List<Node> nodes) {
		Job job = tx.startJob(JobTrees.install(type, cluster, nodes));
		for (int i = 0; i < nodes.size(); i++) {
			if (!servers.get(i).name().equals(nodes.get(i).name())) {
				tx.put(servers.get(i).named(nodes.get(i).name()));
			}
			tx.put(nodes.get(i).inPhase(NodePhase.INSTALLING, job.id(), tx.now()));
		}
		return job.id();
	}

}
