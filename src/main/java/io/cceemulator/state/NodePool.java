package io.cceemulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A custom node pool of a cluster. The DefaultPool is not stored: it is every node without a pool. What a node of
 * the pool is installed with comes from here: its OS, runtime and key pair, and the pool's Kubernetes labels and
 * taints.
 *
 * @param az the AZ of the pool's nodes, or null for any
 * @param runtime the pool's container runtime, or null for CCE's default
 */
public record NodePool(String projectId, String clusterId, String id, String name, String flavor, String os,
		Instant created, String az, String runtime, String sshKey, Map<String, String> labels, List<Node.Taint> taints) {

	public NodePool {
		labels = Node.sortedLabels(labels);
		taints = (taints != null) ? List.copyOf(taints) : List.of();
	}

}
