package io.cceemulator.data;

import java.util.Comparator;
import java.util.List;

import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.ImageData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.PoolData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.data.EmulatorData.ServerData;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;
import io.cceemulator.state.World;

/**
 * Writes the state back into the data file format, so a snapshot can be loaded again. Credentials are never exported
 * (they are secrets); jobs are not part of the format, so a node in the middle of a migration is exported as it was
 * before the migration began: Active in its source cluster.
 */
final class DataExporter {

	private DataExporter() {
	}

	static EmulatorData export(World world) {
		List<ProjectData> projects = world.projectIds()
			.stream()
			.map((id) -> project(world.project(id), world.credentials().projects().get(id)))
			.toList();
		return new EmulatorData(projects);
	}

	private static ProjectData project(ProjectState state, String name) {
		List<ImageData> images = state.images()
			.stream()
			.map((i) -> new ImageData(i.id(), i.name(), i.os()))
			.toList();
		List<ClusterData> clusters = state.clusters().stream().map((c) -> cluster(state, c)).toList();
		List<ServerData> servers = state.servers().stream().map(DataExporter::server).toList();
		return new ProjectData(state.projectId(), name, images, clusters, servers);
	}

	/** Every server, the nodes' too: what a node runs on is then loaded back as it was, not made anew. */
	static ServerData server(Server s) {
		return new ServerData(s.id(), s.name(), s.flavor(), s.vcpus(), s.memoryGiB(), s.az(), s.vpc(), s.subnet(),
				s.privateIp(), s.status(), s.rootVolume(), s.dataVolumes());
	}

	static ClusterData cluster(ProjectState state, Cluster c) {
		List<PoolData> pools = state.pools(c.id()).stream().map(DataExporter::pool).toList();
		List<NodeData> nodes = state.nodesIn(c.id())
			.stream()
			.map((shown) -> state.node(shown.id()).orElseThrow())
			.filter((n) -> n.clusterId().equals(c.id()))
			.sorted(Comparator.comparing(Node::name).thenComparing(Node::id))
			.map(DataExporter::node)
			.toList();
		return new ClusterData(c.id(), c.name(), c.category(), c.flavor(), c.version(), c.vpc(), c.subnet(),
				c.securityGroup(), c.ipv6(), c.phase(), c.az(), c.containerNetworkMode(), c.containerCidr(),
				c.description(), pools, nodes, null, settings(c));
	}

	/** A cluster's settings, or none when they are all the defaults (as every data-file cluster's are). */
	static Cluster.Settings settings(Cluster c) {
		return c.settings().equals(Cluster.Settings.DEFAULT) ? null : c.settings();
	}

	private static PoolData pool(NodePool p) {
		return new PoolData(p.id(), p.name(), p.flavor(), p.os(), p.az(), p.runtime(), p.sshKey(), p.labels(),
				p.taints(), p.template(), p.scaling());
	}

	/** A node mid-migration is written as it stood before: its phase then was Active (only Active nodes migrate). */
	static NodeData node(Node n) {
		Node.NodeExtend e = (n.extend() != null) ? n.extend() : new Node.NodeExtend(null, null, null, null, null);
		String phase = n.isMigrating() ? "Active" : n.phase().wire();
		return new NodeData(n.id(), n.name(), n.flavor(), n.az(), n.os(), phase, n.serverId(), n.privateIp(),
				n.privateIpv6(), n.rootVolume(), n.dataVolumes(), e.dockerLvmConfigOverride(), n.runtime(),
				n.login().sshKey(), n.login().username(), n.poolId(), e.maxPods(), e.preInstall(), e.postInstall(),
				e.nodeImageId(), n.labels(), n.taints());
	}

}
