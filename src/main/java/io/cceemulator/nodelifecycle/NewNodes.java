package io.cceemulator.nodelifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Reinstall;
import io.cceemulator.state.Server;
import io.cceemulator.state.Tx;
import io.cceemulator.system.Ids;

/**
 * New nodes on new servers, as CreateNode, CreateNodePool and a growing pool make them: one ECS server each (of the
 * flavor, in the AZ and subnet, with the disks, on a private IP no server of the project has), and the nodes
 * Installing on them under one ScaleupCluster job, whose end makes them Active.
 */
final class NewNodes {

	/** What the servers are made of. @param subnet the subnet of the primary NIC */
	record Hardware(String flavor, String az, Node.Volume rootVolume, List<Node.Volume> dataVolumes, String subnet) {

		/** The subnet named, else (Terraform sends an empty one) the cluster's. */
		String subnetIn(Cluster cluster) {
			return (this.subnet != null && !this.subnet.isBlank()) ? this.subnet : cluster.subnet();
		}

	}

	private NewNodes() {
	}

	/** The nodes, put, in the order of {@code names}; {@code poolId} null puts them in the DefaultPool. */
	static List<Node> install(Tx tx, Cluster cluster, String poolId, Hardware hardware, Reinstall with,
			List<String> names) {
		Set<String> ips = new HashSet<>();
		tx.state().servers().forEach((s) -> ips.add(s.privateIp()));
		List<Server> servers = new ArrayList<>();
		List<Node> nodes = new ArrayList<>();
		for (String name : names) {
			Server server = server(tx, cluster, hardware, name, nextIp(ips));
			servers.add(server);
			nodes.add(Node.installing(Ids.uuid(), name, cluster.id(), poolId, server, with, tx.now()));
		}
		Job job = tx.startJob(JobTrees.scaleUp(cluster, nodes));
		List<Node> installing = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			tx.put(servers.get(i));
			Node node = nodes.get(i).inPhase(NodePhase.INSTALLING, job.id(), tx.now());
			tx.put(node);
			installing.add(node);
		}
		return installing;
	}

	/** {@code count} names {@code <base>-<5 characters>}, CCE's pattern, none taken in the cluster. */
	static List<String> names(ProjectState state, Cluster cluster, String base, int count) {
		Set<String> taken = new HashSet<>();
		state.nodesIn(cluster.id()).forEach((n) -> taken.add(n.name()));
		List<String> names = new ArrayList<>();
		while (names.size() < count) {
			String name = base + "-" + Ids.uuid().substring(0, 5);
			if (taken.add(name)) {
				names.add(name);
			}
		}
		return names;
	}

	private static Server server(Tx tx, Cluster cluster, Hardware hw, String name, String ip) {
		Server.Specs specs = Server.Specs.of(hw.flavor());
		return new Server(tx.projectId(), Ids.uuid(), name, hw.flavor(), specs.vcpus(), specs.memoryGiB(), hw.az(),
				cluster.vpc(), hw.subnetIn(cluster), ip, Server.ACTIVE, hw.rootVolume(), hw.dataVolumes(), tx.now());
	}

	/** A private IP no server of the project has: 192.168.0.0/16 as the data file's nodes use, then 10.0.0.0/8. */
	private static String nextIp(Set<String> used) {
		for (int k = used.size() + 1;; k++) {
			String ip = (k < 64_000) ? "192.168." + (k / 250) + "." + (k % 250 + 2)
					: "10." + (k / 62_500) % 256 + "." + (k / 250) % 250 + "." + (k % 250 + 2);
			if (used.add(ip)) {
				return ip;
			}
		}
	}

}
