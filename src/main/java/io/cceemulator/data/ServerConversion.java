package io.cceemulator.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import io.cceemulator.data.EmulatorData.ServerData;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.Server;

import static io.cceemulator.data.DataConverter.require;

/**
 * The data file's servers: each with its defaults, and every node on the listed server its {@code serverId} names or
 * on one made from the node. {@code unique} registers an id with the conversion (naming what it is), which refuses
 * one already taken.
 */
final class ServerConversion {

	private ServerConversion() {
	}

	/** A project's servers: the listed ones, then one for each node that names none of them. */
	static List<Server> ofProject(String projectId, List<ServerData> listed, List<Cluster> clusters, List<Node> nodes,
			Instant now, BiConsumer<String, String> unique) {
		Map<String, Server> byId = new LinkedHashMap<>();
		Set<String> ips = new HashSet<>();
		for (ServerData data : DataConverter.listed(listed, "servers of project " + projectId)) {
			Server server = server(projectId, data, clusters, now, ips, unique);
			byId.put(server.id(), server);
		}
		List<Server> made = new ArrayList<>();
		Map<String, String> runs = new HashMap<>();
		for (Node node : nodes) {
			Cluster cluster = clusters.stream().filter((c) -> c.id().equals(node.clusterId())).findFirst().orElseThrow();
			String other = runs.put(node.serverId(), node.id());
			require(other == null, "node " + node.id(), "runs on server " + node.serverId() + ", as node " + other
					+ " does");
			Server listedServer = byId.get(node.serverId());
			if (listedServer == null) {
				unique.accept(node.serverId(), "server of node " + node.id());
				made.add(Server.backing(node, cluster));
			}
			else {
				require(listedServer.vpc().equals(cluster.vpc()), "node " + node.id(), "runs on server "
						+ listedServer.id() + " in " + listedServer.vpc() + ", outside its cluster's VPC " + cluster.vpc());
			}
		}
		made.addAll(byId.values());
		return made;
	}

	/** @param usedIps the private IPs servers have already; the server's own is added */
	static Server server(String projectId, ServerData s, List<Cluster> clusters, Instant now, Set<String> usedIps,
			BiConsumer<String, String> unique) {
		require(s != null, "server in project " + projectId, "must be an object");
		unique.accept(s.id(), "server in project " + projectId);
		String where = "server " + s.id();
		require(s.vpc() != null, where, "needs a vpc");
		String flavor = Objects.requireNonNullElse(s.flavor(), "c7.large.2");
		Server.Specs specs = Server.Specs.of(flavor);
		int vcpus = Objects.requireNonNullElse(s.vcpus(), specs.vcpus());
		int memory = Objects.requireNonNullElse(s.memoryGiB(), specs.memoryGiB());
		require(vcpus > 0 && memory > 0, where, "vcpus and memoryGiB must be positive");
		String subnet = (s.subnet() != null) ? s.subnet()
				: clusters.stream().filter((c) -> c.vpc().equals(s.vpc())).map(Cluster::subnet).findFirst()
					.orElse("subnet-" + s.vpc());
		String ip = s.privateIP();
		for (int k = usedIps.size() + 1; ip == null || usedIps.contains(ip); k++) {
			ip = "10.0." + (k / 250) % 256 + "." + (k % 250 + 2);
		}
		require(usedIps.add(ip), where, "privateIP " + ip + " is used by another server");
		List<Node.Volume> dataVolumes = (s.dataVolumes() != null)
				? List.copyOf(DataConverter.listed(s.dataVolumes(), "dataVolumes of " + where))
				: List.of(new Node.Volume("SAS", 100));
		return new Server(projectId, s.id(), Objects.requireNonNullElse(s.name(), s.id()), flavor, vcpus, memory,
				Objects.requireNonNullElse(s.az(), "cn-north-4a"), s.vpc(), subnet, ip,
				Objects.requireNonNullElse(s.status(), Server.ACTIVE),
				Objects.requireNonNullElse(s.rootVolume(), new Node.Volume("SAS", 50)), dataVolumes, now);
	}

}
