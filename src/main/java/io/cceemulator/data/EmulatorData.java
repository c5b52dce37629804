package io.cceemulator.data;

import java.util.List;
import java.util.Map;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;

/**
 * The data file format (JSON). Everything but ids and names has a default, see the README. {@code nodeSets} generate
 * many alike nodes ({@code count} copies of {@code template}, named {@code namePrefix-0001} on) with stable ids.
 * {@code servers} are the project's ECS servers: each node runs on one (listed here, or made from the node), and the
 * others are free for AddNode to accept.
 * {@code credentials} holds the AK/SK pairs, IAM users and tokens that may call the API, each bound to projects.
 */
public record EmulatorData(List<ProjectData> projects, CredentialsData credentials) {

	/**
	 * Data without a credentials section: the token {@value CredentialsConverter#FALLBACK_TOKEN} and the access key
	 * {@value CredentialsConverter#FALLBACK_AK} are accepted for every project.
	 */
	public EmulatorData(List<ProjectData> projects) {
		this(projects, null);
	}

	public record ProjectData(String id, String name, List<ImageData> images, List<ClusterData> clusters,
			List<ServerData> servers) {

		public ProjectData(String id, String name, List<ImageData> images, List<ClusterData> clusters) {
			this(id, name, images, clusters, null);
		}

	}

	/** An ECS server; {@code vcpus} and {@code memoryGiB} default to what the flavor's name says. */
	public record ServerData(String id, String name, String flavor, Integer vcpus, Integer memoryGiB, String az,
			String vpc, String subnet, String privateIP, String status, Node.Volume rootVolume,
			List<Node.Volume> dataVolumes) {
	}

	public record ImageData(String id, String name, String os) {
	}

	/** @param settings what CreateCluster and UpdateCluster set beyond the rest (type, alias, SANs, ...); optional */
	public record ClusterData(String id, String name, String category, String flavor, String version, String vpc,
			String subnet, String securityGroup, Boolean ipv6, String phase, String az, String containerNetworkMode,
			String containerCidr, String description, List<PoolData> nodePools, List<NodeData> nodes,
			List<NodeSetData> nodeSets, Cluster.Settings settings) {

		public ClusterData(String id, String name, String category, String flavor, String version, String vpc,
				String subnet, String securityGroup, Boolean ipv6, String phase, String az,
				String containerNetworkMode, String containerCidr, String description, List<PoolData> nodePools,
				List<NodeData> nodes, List<NodeSetData> nodeSets) {
			this(id, name, category, flavor, version, vpc, subnet, securityGroup, ipv6, phase, az,
					containerNetworkMode, containerCidr, description, nodePools, nodes, nodeSets, null);
		}

	}

	/** {@code template} and {@code scaling} are optional: a pool made by CreateNodePool exports them. */
	public record PoolData(String id, String name, String flavor, String os, String az, String runtime,
			String sshKey, Map<String, String> labels, List<Node.Taint> taints, NodePool.Template template,
			NodePool.Scaling scaling) {
	}

	public record NodeData(String id, String name, String flavor, String az, String os, String phase,
			String serverId, String privateIP, String privateIPv6, Node.Volume rootVolume,
			List<Node.Volume> dataVolumes, String dockerLVMConfigOverride, String runtime, String sshKey,
			String username, String nodePool, Integer maxPods, String preInstall, String postInstall,
			String nodeImageID, Map<String, String> labels, List<Node.Taint> taints) {
	}

	public record NodeSetData(int count, String namePrefix, NodeData template) {
	}

}
