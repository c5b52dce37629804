package io.cceemulator.data;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import io.cceemulator.cluster.Cluster;
import io.cceemulator.cluster.ClusterRegistry;
import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.ImageData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.NodeSetData;
import io.cceemulator.data.EmulatorData.PoolData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.error.AdminException;
import io.cceemulator.image.Image;
import io.cceemulator.image.ImageRegistry;
import io.cceemulator.node.Node;
import io.cceemulator.node.NodePoolRegistry;
import io.cceemulator.node.NodeRegistry;
import io.cceemulator.system.ChangeRecorder;
import io.cceemulator.system.ProjectLocks;

/**
 * Creates, changes and deletes single clusters, nodes and images, in the data file's format and with its defaults
 * and checks, so an entry added one by one is exactly what the same entry in a data file gives.
 */
@Component
public class StateEditor {

	private final ClusterRegistry clusters;

	private final NodeRegistry nodes;

	private final NodePoolRegistry pools;

	private final ImageRegistry images;

	private final JsonMapper json;

	private final Clock clock;

	private final ProjectLocks locks;

	private final ChangeRecorder changes;

	StateEditor(ClusterRegistry clusters, NodeRegistry nodes, NodePoolRegistry pools, ImageRegistry images,
			JsonMapper json, Clock clock, ProjectLocks locks, ChangeRecorder changes) {
		this.locks = locks;
		this.changes = changes;
		this.clusters = clusters;
		this.nodes = nodes;
		this.pools = pools;
		this.images = images;
		this.json = json;
		this.clock = clock;
	}

	public Cluster createCluster(String projectId, ClusterData data) {
		return write(projectId, () -> doCreateCluster(projectId, data));
	}

	public Cluster updateCluster(String projectId, String clusterId, JsonNode patch) {
		return write(projectId, () -> doUpdateCluster(projectId, clusterId, patch));
	}

	public void deleteCluster(String projectId, String clusterId) {
		write(projectId, () -> doDeleteCluster(projectId, clusterId));
	}

	public List<Node> createNodes(String projectId, String clusterId, List<NodeData> nodes, List<NodeSetData> sets) {
		return write(projectId, () -> doCreateNodes(projectId, clusterId, nodes, sets));
	}

	public Node updateNode(String projectId, String clusterId, String nodeId, JsonNode patch) {
		return write(projectId, () -> doUpdateNode(projectId, clusterId, nodeId, patch));
	}

	public void deleteNode(String projectId, String clusterId, String nodeId) {
		write(projectId, () -> this.nodes.remove(node(projectId, clusterId, nodeId)));
	}

	public Image createImage(String projectId, ImageData data) {
		return write(projectId, () -> doCreateImage(projectId, data));
	}

	public void deleteImage(String projectId, String imageId) {
		write(projectId, () -> doDeleteImage(projectId, imageId));
	}

	/** Every edit runs under the project's lock, as migrations do, and is durable as one change. */
	private <T> T write(String projectId, Supplier<T> edit) {
		return this.locks.withLock(projectId, () -> this.changes.atomically(edit));
	}

	private void write(String projectId, Runnable edit) {
		write(projectId, () -> {
			edit.run();
			return null;
		});
	}

	private Cluster doCreateCluster(String projectId, ClusterData data) {
		if (data.id() != null && this.clusters.all().stream().anyMatch((c) -> c.id().equals(data.id()))) {
			throw AdminException.conflict("cluster " + data.id() + " exists already");
		}
		Dataset dataset = convert(projectId, data, List.of());
		requireNewNodes(dataset.nodes());
		dataset.clusters().forEach(this.clusters::put);
		List<io.cceemulator.node.NodePool> allPools = new ArrayList<>(this.pools.all());
		allPools.addAll(dataset.pools());
		this.pools.replaceAll(allPools);
		dataset.nodes().forEach(this.nodes::save);
		return dataset.clusters().get(0);
	}

	/** Changes the fields the patch names (data-file names), keeping the others and the cluster's nodes. */
	private Cluster doUpdateCluster(String projectId, String clusterId, JsonNode patch) {
		Cluster current = cluster(projectId, clusterId);
		ClusterData merged = merge(new ClusterData(current.id(), current.name(), current.category(), current.flavor(),
				current.version(), current.vpc(), current.subnet(), current.securityGroup(), current.ipv6(),
				current.phase(), current.az(), current.containerNetworkMode(), current.containerCidr(),
				current.description(), null, null, null), patch, ClusterData.class, "id");
		Cluster changed = convert(projectId, merged, List.of()).clusters().get(0);
		Cluster kept = new Cluster(changed.projectId(), changed.id(), changed.name(), changed.category(),
				changed.flavor(), changed.version(), changed.vpc(), changed.subnet(), changed.securityGroup(),
				changed.ipv6(), changed.phase(), changed.az(), changed.containerNetworkMode(), changed.containerCidr(),
				changed.description(), current.created(), this.clock.instant());
		this.clusters.put(kept);
		return kept;
	}

	private void doDeleteCluster(String projectId, String clusterId) {
		cluster(projectId, clusterId);
		this.nodes.listInCluster(projectId, clusterId).forEach((n) -> this.nodes.find(projectId, n.id())
			.filter((own) -> own.clusterId().equals(clusterId))
			.ifPresent(this.nodes::remove));
		this.pools.replaceAll(this.pools.all().stream().filter((p) -> !p.clusterId().equals(clusterId)).toList());
		this.clusters.remove(projectId, clusterId);
	}

	/** Adds nodes to a cluster, listed one by one and/or generated by node sets; all or none. */
	private List<Node> doCreateNodes(String projectId, String clusterId, List<NodeData> nodes, List<NodeSetData> sets) {
		Cluster c = cluster(projectId, clusterId);
		ClusterData shell = new ClusterData(c.id(), c.name(), c.category(), c.flavor(), c.version(), c.vpc(),
				c.subnet(), c.securityGroup(), c.ipv6(), c.phase(), c.az(), c.containerNetworkMode(),
				c.containerCidr(), c.description(), poolsOf(projectId, clusterId), nodes, sets);
		List<Node> created = convert(projectId, shell, List.of()).nodes();
		requireNewNodes(created);
		created.forEach(this.nodes::save);
		return created;
	}

	private Node doUpdateNode(String projectId, String clusterId, String nodeId, JsonNode patch) {
		Node current = node(projectId, clusterId, nodeId);
		NodeData merged = merge(DataExporter.node(current), patch, NodeData.class, "id");
		List<NodeData> one = List.of(merged);
		Cluster c = cluster(projectId, clusterId);
		Node converted = convert(projectId, new ClusterData(c.id(), c.name(), c.category(), c.flavor(), c.version(),
				c.vpc(), c.subnet(), c.securityGroup(), c.ipv6(), c.phase(), c.az(), c.containerNetworkMode(),
				c.containerCidr(), c.description(), poolsOf(projectId, clusterId), one, null), List.of()).nodes().get(0);
		Node kept = new Node(projectId, current.id(), converted.name(), clusterId, converted.poolId(),
				converted.flavor(), converted.az(), converted.os(), converted.phase(), converted.serverId(),
				converted.privateIp(), converted.privateIpv6(), converted.rootVolume(), converted.dataVolumes(),
				converted.login(), converted.runtime(), converted.extend(), current.created(), this.clock.instant(),
				current.jobId(), current.incoming());
		this.nodes.save(kept);
		return kept;
	}

	private Image doCreateImage(String projectId, ImageData data) {
		Image image = convert(projectId, null, List.of(data)).images().get(0);
		if (this.images.all().stream().anyMatch((i) -> i.id().equals(image.id()))) {
			throw AdminException.conflict("image " + image.id() + " exists already");
		}
		this.images.put(image);
		return image;
	}

	private void doDeleteImage(String projectId, String imageId) {
		this.images.find(projectId, imageId).orElseThrow(() -> AdminException.notFound("image " + imageId + " not found"));
		this.images.remove(imageId);
	}

	private Dataset convert(String projectId, ClusterData cluster, List<ImageData> imageData) {
		try {
			return DataConverter.convert(new EmulatorData(List.of(new ProjectData(projectId, null, imageData,
					(cluster != null) ? List.of(cluster) : List.of()))), this.clock.instant());
		}
		catch (InvalidDataException ex) {
			throw AdminException.badRequest(ex.getMessage());
		}
	}

	private <T> T merge(T current, JsonNode patch, Class<T> type, String fixed) {
		if (patch == null || !patch.isObject()) {
			throw AdminException.badRequest("the body must be a JSON object of the fields to change");
		}
		ObjectNode tree = this.json.valueToTree(current);
		patch.properties().forEach((e) -> {
			if (!e.getKey().equals(fixed)) {
				tree.set(e.getKey(), e.getValue());
			}
		});
		try {
			return this.json.treeToValue(tree, type);
		}
		catch (RuntimeException ex) {
			throw AdminException.badRequest("cannot apply the change: " + ex.getMessage());
		}
	}

	private List<PoolData> poolsOf(String projectId, String clusterId) {
		return this.pools.list(projectId, clusterId)
			.stream()
			.map((p) -> new PoolData(p.id(), p.name(), p.flavor(), p.os()))
			.toList();
	}

	private void requireNewNodes(List<Node> created) {
		for (Node n : created) {
			if (this.nodes.exists(n.id())) {
				throw AdminException.conflict("node " + n.id() + " exists already");
			}
		}
	}

	private Cluster cluster(String projectId, String clusterId) {
		return this.clusters.find(projectId, clusterId)
			.orElseThrow(() -> AdminException.notFound("cluster " + clusterId + " not found in project " + projectId));
	}

	private Node node(String projectId, String clusterId, String nodeId) {
		return this.nodes.find(projectId, nodeId)
			.filter((n) -> Objects.equals(n.clusterId(), clusterId))
			.orElseThrow(() -> AdminException.notFound("node " + nodeId + " not found in cluster " + clusterId));
	}

}
