package io.cceemulator.state;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node as the emulator keeps it: one record per node, in exactly one cluster ({@code clusterId}). While a migration
 * is in flight the node stays in its source cluster, {@code Deleting}, and {@code incoming} describes the node the
 * target cluster shows as {@code Installing}; at the end the record moves, in one write, to the target.
 *
 * @param poolId the custom node pool, or null for the cluster's DefaultPool
 * @param serverId the ECS server the node runs on, which the state holds too
 * @param login the login that is safe to show: a key-pair name or a username, never a password
 * @param jobId the last job that worked on the node
 * @param labels the Kubernetes labels CCE set ({@code spec.k8sTags}), sorted by key
 */
public record Node(String projectId, String id, String name, String clusterId, String poolId, String flavor,
		String az, String os, NodePhase phase, String serverId, String privateIp, String privateIpv6,
		Volume rootVolume, List<Volume> dataVolumes, NodeLogin login, String runtime, NodeExtend extend,
		Instant created, Instant updated, String jobId, Incoming incoming, Map<String, String> labels,
		List<Taint> taints) {

	public static final String DEFAULT_POOL = "DefaultPool";

	public Node {
		labels = sortedLabels(labels);
		taints = (taints != null) ? List.copyOf(taints) : List.of();
	}

	/** A Kubernetes taint; {@code effect} is NoSchedule, PreferNoSchedule or NoExecute. */
	public record Taint(String key, String value, String effect) {
	}

	public record Volume(String volumetype, int size) {
	}

	/** @param username set when the node logs in by password; the password itself is never kept */
	public record NodeLogin(String sshKey, String username) {
	}

	/** The node's {@code spec.extendParam} entries that migration sets. */
	public record NodeExtend(Integer maxPods, String dockerLvmConfigOverride, String preInstall, String postInstall,
			String nodeImageId) {
	}

	/** What the node becomes in {@code targetClusterId} when the migration job {@code jobId} succeeds. */
	public record Incoming(String jobId, String targetClusterId, String os, NodeLogin login, String runtime,
			NodeExtend extend) {
	}

	/** A node new to the cluster, Installing on the server (its flavor, AZ, disks and private IP) with {@code with}. */
	public static Node installing(String id, String name, String clusterId, String poolId, Server server,
			Reinstall with, Instant at) {
		return new Node(server.projectId(), id, name, clusterId, poolId, server.flavor(), server.az(), with.os(),
				NodePhase.INSTALLING, server.id(), server.privateIp(), null, server.rootVolume(), server.dataVolumes(),
				with.login(), with.runtime(), with.extend(), at, at, null, null, with.labels(), with.taints());
	}

	/** Huawei names its bare-metal (BMS) flavors {@code physical.*}. */
	public boolean isPhysical() {
		return this.flavor != null && this.flavor.startsWith("physical.");
	}

	public boolean hasDataDisk() {
		return this.dataVolumes != null && !this.dataVolumes.isEmpty();
	}

	/** The disk type the node was created with: {@code diskType} of its DockerLVMConfigOverride, else evs. */
	public String diskType() {
		String lvm = (this.extend != null) ? this.extend.dockerLvmConfigOverride() : null;
		return DockerLvmConfig.diskTypeOf(lvm).orElse("evs");
	}

	public boolean isMigrating() {
		return this.incoming != null;
	}

	/** Whether the cluster shows this node: its own cluster, or the target a migration is installing it into. */
	public boolean isShownIn(String clusterId) {
		return this.clusterId.equals(clusterId)
				|| (this.incoming != null && this.incoming.targetClusterId().equals(clusterId));
	}

	/** The clusters that show this node. */
	List<String> shownIn() {
		return (this.incoming != null) ? List.of(this.clusterId, this.incoming.targetClusterId())
				: List.of(this.clusterId);
	}

	/** The node as cluster {@code clusterId} shows it: itself, or the incoming node a migration is installing. */
	public Node asSeenFrom(String clusterId) {
		if (this.incoming != null && this.incoming.targetClusterId().equals(clusterId)) {
			return new Node(this.projectId, this.id, this.name, clusterId, null, this.flavor, this.az,
					this.incoming.os(), NodePhase.INSTALLING, this.serverId, this.privateIp, this.privateIpv6,
					this.rootVolume, this.dataVolumes, this.incoming.login(), this.incoming.runtime(),
					this.incoming.extend(), this.created, this.updated, this.incoming.jobId(), null, null, null);
		}
		return this;
	}

	public Node leaving(Incoming incoming, Instant at) {
		return new Node(this.projectId, this.id, this.name, this.clusterId, this.poolId, this.flavor, this.az,
				this.os, NodePhase.DELETING, this.serverId, this.privateIp, this.privateIpv6, this.rootVolume,
				this.dataVolumes, this.login, this.runtime, this.extend, this.created, at, incoming.jobId(), incoming,
				this.labels, this.taints);
	}

	/**
	 * The node reinstalled and Active in the target's DefaultPool; it keeps its uid, name and server, not its labels
	 * and taints (CCE does not carry them over).
	 */
	public Node arrived(Instant at) {
		Node seen = asSeenFrom(this.incoming.targetClusterId());
		return new Node(seen.projectId, seen.id, seen.name, seen.clusterId, null, seen.flavor, seen.az, seen.os,
				NodePhase.ACTIVE, seen.serverId, seen.privateIp, seen.privateIpv6, seen.rootVolume, seen.dataVolumes,
				seen.login, seen.runtime, seen.extend, seen.created, at, seen.jobId, null, null, null);
	}

	/**
	 * This node's fields as the new value of {@code before}: the same node (id, cluster, creation time, job and
	 * migration) changed at {@code at}.
	 */
	public Node changedAt(Node before, Instant at) {
		return new Node(before.projectId, before.id, this.name, before.clusterId, this.poolId, this.flavor, this.az,
				this.os, this.phase, this.serverId, this.privateIp, this.privateIpv6, this.rootVolume, this.dataVolumes,
				this.login, this.runtime, this.extend, before.created, at, before.jobId, before.incoming, this.labels,
				this.taints);
	}

	/** The node back in its source cluster, as it was, after a migration that did not happen. */
	public Node stayed(NodePhase phase, Instant at) {
		return new Node(this.projectId, this.id, this.name, this.clusterId, this.poolId, this.flavor, this.az,
				this.os, phase, this.serverId, this.privateIp, this.privateIpv6, this.rootVolume, this.dataVolumes,
				this.login, this.runtime, this.extend, this.created, at, this.jobId, null, this.labels, this.taints);
	}

	/** The node in another phase because job {@code job} (or its end) works on it. */
	public Node inPhase(NodePhase to, String job, Instant at) {
		return new Node(this.projectId, this.id, this.name, this.clusterId, this.poolId, this.flavor, this.az,
				this.os, to, this.serverId, this.privateIp, this.privateIpv6, this.rootVolume, this.dataVolumes,
				this.login, this.runtime, this.extend, this.created, at, job, this.incoming, this.labels, this.taints);
	}

	/** The node being reinstalled in place by job {@code job}, under {@code newName} (null keeps its name). */
	public Node reinstalling(Reinstall with, String newName, String job, Instant at) {
		return new Node(this.projectId, this.id, (newName != null) ? newName : this.name, this.clusterId, this.poolId,
				this.flavor, this.az, with.os(), NodePhase.INSTALLING, this.serverId, this.privateIp, this.privateIpv6,
				this.rootVolume, this.dataVolumes, with.login(), with.runtime(), with.extend(), this.created, at, job,
				null, with.labels(), with.taints());
	}

	public Node renamed(String newName, Instant at) {
		return new Node(this.projectId, this.id, newName, this.clusterId, this.poolId, this.flavor, this.az, this.os,
				this.phase, this.serverId, this.privateIp, this.privateIpv6, this.rootVolume, this.dataVolumes,
				this.login, this.runtime, this.extend, this.created, at, this.jobId, null, this.labels, this.taints);
	}

	/**
	 * The node moved into a custom pool without a reinstall: the pool's labels and taints are added, and win where
	 * they clash with the node's; the login stays.
	 */
	public Node joined(NodePool pool, Instant at) {
		Map<String, String> mergedLabels = new TreeMap<>(this.labels);
		mergedLabels.putAll(pool.labels());
		Map<String, Taint> mergedTaints = new LinkedHashMap<>();
		this.taints.forEach((t) -> mergedTaints.put(t.key() + ":" + t.effect(), t));
		pool.taints().forEach((t) -> mergedTaints.put(t.key() + ":" + t.effect(), t));
		return new Node(this.projectId, this.id, this.name, this.clusterId, pool.id(), this.flavor, this.az, this.os,
				this.phase, this.serverId, this.privateIp, this.privateIpv6, this.rootVolume, this.dataVolumes,
				this.login, this.runtime, this.extend, this.created, at, this.jobId, null, mergedLabels,
				List.copyOf(mergedTaints.values()));
	}

	static Map<String, String> sortedLabels(Map<String, String> labels) {
		return (labels == null || labels.isEmpty()) ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(labels));
	}

}
