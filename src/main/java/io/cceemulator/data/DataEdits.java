package io.cceemulator.data;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.ImageData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.NodeSetData;
import io.cceemulator.data.EmulatorData.ServerData;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Image;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.Server;

/**
 * Single entries in the data file's format, with its defaults and checks, for the admin API's edits: an entry added
 * one by one is exactly what the same entry in a data file gives. Each method throws {@link InvalidDataException}
 * naming the problem; {@code taken} tells which ids are in use already.
 */
public final class DataEdits {

	/** A cluster with the pools and nodes listed in it. */
	public record NewCluster(Cluster cluster, List<NodePool> pools, List<Node> nodes) {
	}

	private DataEdits() {
	}

	public static NewCluster cluster(String projectId, ClusterData data, Instant now, Predicate<String> taken) {
		DataConverter converted = DataConverter.cluster(projectId, data, now, taken);
		return new NewCluster(converted.clusters().get(0), converted.pools(), converted.nodes());
	}

	public static List<Node> nodes(Cluster cluster, List<NodePool> pools, List<NodeData> nodes, List<NodeSetData> sets,
			Instant now, Predicate<String> taken) {
		return DataConverter.nodes(cluster, pools, nodes, sets, now, taken);
	}

	/** A free server; {@code usedIps} are the project's servers' private IPs, which its own may not repeat. */
	public static Server server(String projectId, ServerData data, List<Cluster> clusters, Instant now,
			Predicate<String> taken, Set<String> usedIps) {
		return DataConverter.server(projectId, data, clusters, now, taken, usedIps);
	}

	public static ServerData asData(Server server) {
		return DataExporter.server(server);
	}

	public static Image image(String projectId, ImageData data, Predicate<String> taken) {
		return DataConverter.image(projectId, data, taken);
	}

	/** The cluster as its data file entry (without pools' and nodes' lists), for a change by named fields. */
	public static ClusterData asData(Cluster c) {
		return new ClusterData(c.id(), c.name(), c.category(), c.flavor(), c.version(), c.vpc(), c.subnet(),
				c.securityGroup(), c.ipv6(), c.phase(), c.az(), c.containerNetworkMode(), c.containerCidr(),
				c.description(), null, null, null, DataExporter.settings(c));
	}

	public static NodeData asData(Node node) {
		return DataExporter.node(node);
	}

}
