package io.cceemulator.state;

import java.util.List;
import java.util.Map;

/**
 * What a reinstall puts on a node: the OS, the login, the container runtime, the extendParam entries, and the
 * Kubernetes labels and taints. Accepting a server (AddNode), resetting a node (ResetNode) and migrating one
 * (MigrateNode) all reinstall; each maps its own request onto this.
 */
public record Reinstall(String os, Node.NodeLogin login, String runtime, Node.NodeExtend extend,
		Map<String, String> labels, List<Node.Taint> taints) {

	public Reinstall {
		labels = Node.sortedLabels(labels);
		taints = (taints != null) ? List.copyOf(taints) : List.of();
	}

}
