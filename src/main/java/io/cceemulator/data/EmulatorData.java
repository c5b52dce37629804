package io.cceemulator.data;

import java.util.List;

import io.cceemulator.state.Node;

/**
 * The data file format (JSON). Everything but ids and names has a default, see the README. {@code nodeSets} generate
 * many alike nodes ({@code count} copies of {@code template}, named {@code namePrefix-0001} on) with stable ids.
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

	public record ProjectData(String id, String name, List<ImageData> images, List<ClusterData> clusters) {
	}

	public record ImageData(String id, String name, String os) {
	}

	public record ClusterData(String id, String name, String category, String flavor, String version, String vpc,
			String subnet, String securityGroup, Boolean ipv6, String phase, String az, String containerNetworkMode,
			String containerCidr, String description, List<PoolData> nodePools, List<NodeData> nodes,
			List<NodeSetData> nodeSets) {
	}

	public record PoolData(String id, String name, String flavor, String os) {
	}

	public record NodeData(String id, String name, String flavor, String az, String os, String phase,
			String serverId, String privateIP, String privateIPv6, Node.Volume rootVolume,
			List<Node.Volume> dataVolumes, String dockerLVMConfigOverride, String runtime, String sshKey,
			String username, String nodePool, Integer maxPods, String preInstall, String postInstall,
			String nodeImageID) {
	}

	public record NodeSetData(int count, String namePrefix, NodeData template) {
	}

}
