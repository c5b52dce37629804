package io.cceemulator.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cceemulator.cluster.Cluster;
import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.ImageData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.PoolData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.image.Image;
import io.cceemulator.node.Node;
import io.cceemulator.node.NodePool;

/**
 * Writes the registries back into the data file format, so a snapshot can be loaded again. Credentials are never
 * exported (they are secrets); jobs are not part of the format, so a node in the middle of a migration is exported
 * where it stands, in its source cluster.
 */
final class DataExporter {

	private DataExporter() {
	}

	static EmulatorData export(List<Cluster> clusters, List<NodePool> pools, List<Node> nodes, List<Image> images) {
		Map<String, List<ClusterData>> byProject = new LinkedHashMap<>();
		Map<String, List<ImageData>> imagesByProject = new LinkedHashMap<>();
		for (Cluster c : clusters.stream().sorted(Comparator.comparing(Cluster::created).thenComparing(Cluster::id)).toList()) {
			List<PoolData> poolData = pools.stream()
				.filter((p) -> p.clusterId().equals(c.id()))
				.map((p) -> new PoolData(p.id(), p.name(), p.flavor(), p.os()))
				.toList();
			List<NodeData> nodeData = nodes.stream()
				.filter((n) -> n.clusterId().equals(c.id()))
				.sorted(Comparator.comparing(Node::name).thenComparing(Node::id))
				.map(DataExporter::node)
				.toList();
			byProject.computeIfAbsent(c.projectId(), (k) -> new ArrayList<>())
				.add(new ClusterData(c.id(), c.name(), c.category(), c.flavor(), c.version(), c.vpc(), c.subnet(),
						c.securityGroup(), c.ipv6(), c.phase(), c.az(), c.containerNetworkMode(), c.containerCidr(),
						c.description(), poolData, nodeData, null));
		}
		for (Image image : images) {
			imagesByProject.computeIfAbsent(image.projectId(), (k) -> new ArrayList<>())
				.add(new ImageData(image.id(), image.name(), image.os()));
			byProject.computeIfAbsent(image.projectId(), (k) -> new ArrayList<>());
		}
		List<ProjectData> projects = byProject.entrySet()
			.stream()
			.map((e) -> new ProjectData(e.getKey(), null, imagesByProject.getOrDefault(e.getKey(), List.of()),
					e.getValue()))
			.toList();
		return new EmulatorData(projects);
	}

	static NodeData node(Node n) {
		Node.NodeExtend e = (n.extend() != null) ? n.extend() : new Node.NodeExtend(null, null, null, null, null);
		return new NodeData(n.id(), n.name(), n.flavor(), n.az(), n.os(), n.phase().wire(), n.serverId(),
				n.privateIp(), n.privateIpv6(), n.rootVolume(), n.dataVolumes(), e.dockerLvmConfigOverride(),
				n.runtime(), n.login().sshKey(), n.login().username(), n.poolId(), e.maxPods(), e.preInstall(),
				e.postInstall(), e.nodeImageId());
	}

}
