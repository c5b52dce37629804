package io.cceemulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A custom node pool of a cluster. The DefaultPool is not stored: it is every node without a pool. What a node of
 * the pool is installed with comes from here: its OS, runtime and key pair, and the pool's Kubernetes labels and
 * taints; a pool made by CreateNodePool also keeps the rest of its node template and its scaling settings.
 *
 * @param az the AZ of the pool's nodes, or null for any
 * @param runtime the pool's container runtime, or null for CCE's default
 * @param template the rest of the node template; null for a pool of a data file that gives none
 * @param scaling the node count asked for and the autoscaling settings; null for a pool of a data file that gives
 * none (it shows its node count)
 * @param phase {@code Deleting} while DeleteNodePool's job runs, {@code Error} if it failed; null otherwise (the
 * API then shows {@code Synchronizing} while nodes of the pool install or go, else the empty phase of a ready pool)
 * @param jobId the last job that changed the pool's nodes ({@code status.jobId})
 * @param updated the last change; null means {@code created}
 */
public record NodePool(String projectId, String clusterId, String id, String name, String flavor, String os,
		Instant created, String az, String runtime, String sshKey, Map<String, String> labels, List<Node.Taint> taints,
		Template template, Scaling scaling, String phase, String jobId, Instant updated) {

	public static final String DELETING = "Deleting";

	public static final String ERROR = "Error";

	public NodePool {
		labels = Node.sortedLabels(labels);
		taints = (taints != null) ? List.copyOf(taints) : List.of();
		updated = (updated != null) ? updated : created;
	}

	/** A pool as a data file gives it: no template beyond its flavor, OS, runtime and key, and no scaling. */
	public NodePool(String projectId, String clusterId, String id, String name, String flavor, String os,
			Instant created, String az, String runtime, String sshKey, Map<String, String> labels,
			List<Node.Taint> taints) {
		this(projectId, clusterId, id, name, flavor, os, created, az, runtime, sshKey, labels, taints, null, null,
				null, null, created);
	}

	/**
	 * The node template beyond what every pool keeps. The login's password is never kept: CCE installs it and shows
	 * only the username.
	 *
	 * @param type {@code vm}, {@code ElasticBMS} or {@code pm}
	 * @param username the login's username when the nodes log in by password; null with a key pair
	 * @param subnet the subnet of the nodes' primary NIC, or null for the cluster's
	 */
	public record Template(String type, Node.Volume rootVolume, List<Node.Volume> dataVolumes, String username,
			Node.NodeExtend extend, String subnet, List<UserTag> userTags) {

		public Template {
			dataVolumes = (dataVolumes != null) ? List.copyOf(dataVolumes) : List.of();
			userTags = (userTags != null) ? List.copyOf(userTags) : List.of();
		}

	}

	/** A resource tag the pool's servers carry ({@code spec.nodeTemplate.userTags}). */
	public record UserTag(String key, String value) {
	}

	/** @param initialNodeCount the node count asked for last, by CreateNodePool, UpdateNodePool or ScaleNodePool */
	public record Scaling(int initialNodeCount, boolean enable, int minNodeCount, int maxNodeCount,
			int scaleDownCooldownTime, int priority) {

		public Scaling withCount(int count) {
			return new Scaling(count, this.enable, this.minNodeCount, this.maxNodeCount, this.scaleDownCooldownTime,
					this.priority);
		}

	}

	public boolean isDeleting() {
		return DELETING.equals(this.phase);
	}

	/** The pool with new settings from UpdateNodePool or ScaleNodePool, at {@code at}; its job, if one started. */
	public NodePool changed(String newName, Map<String, String> newLabels, List<Node.Taint> newTaints,
			Template newTemplate, Scaling newScaling, String newJobId, Instant at) {
		return new NodePool(this.projectId, this.clusterId, this.id, newName, this.flavor, this.os, this.created,
				this.az, this.runtime, this.sshKey, newLabels, newTaints, newTemplate, newScaling, this.phase, newJobId,
				at);
	}

	/** The pool in another phase (Deleting, Error, or null for none) because job {@code job} works on it. */
	public NodePool inPhase(String newPhase, String job, Instant at) {
		return new NodePool(this.projectId, this.clusterId, this.id, this.name, this.flavor, this.os, this.created,
				this.az, this.runtime, this.sshKey, this.labels, this.taints, this.template, this.scaling, newPhase,
				job, at);
	}

}
