package io.cceemulator.state;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ECS server of a project. Every node runs on one; a server no node runs on is free, and only a free server can be
 * accepted into a cluster. Which node a server backs is not kept here: the state knows it from the nodes, so the two
 * can never disagree.
 *
 * @param status the ECS status, e.g. {@code ACTIVE} (running) or {@code SHUTOFF}
 */
public record Server(String projectId, String id, String name, String flavor, int vcpus, int memoryGiB, String az,
		String vpc, String subnet, String privateIp, String status, Node.Volume rootVolume,
		List<Node.Volume> dataVolumes, Instant created) {

	public static final String ACTIVE = "ACTIVE";

	/** Huawei's flavor names: {@code <family>.<size>.<memory per vCPU>}, e.g. {@code c7.large.2} (2 vCPUs, 4 GiB). */
	private static final Pattern FLAVOR = Pattern.compile("^[a-z0-9]+\\.(medium|large|xlarge|(\\d{1,3})xlarge)\\.(\\d{1,2})$");

	public Server {
		dataVolumes = (dataVolumes != null) ? List.copyOf(dataVolumes) : List.of();
	}

	/** vCPUs and memory of a flavor, read from its name. */
	public record Specs(int vcpus, int memoryGiB) {

		/** A name that does not follow Huawei's pattern gets the smallest size CCE accepts: 2 vCPUs, 4 GiB. */
		public static Specs of(String flavor) {
			Matcher m = FLAVOR.matcher((flavor != null) ? flavor : "");
			if (!m.matches()) {
				return new Specs(2, 4);
			}
			int vcpus = switch (m.group(1)) {
				case "medium" -> 1;
				case "large" -> 2;
				case "xlarge" -> 4;
				default -> 4 * Integer.parseInt(m.group(2));
			};
			return new Specs(vcpus, vcpus * Integer.parseInt(m.group(3)));
		}

	}

	/** The server a node of the cluster runs on, when the data names none of its own: the node's flavor and disks. */
	public static Server backing(Node node, Cluster cluster) {
		Specs specs = Specs.of(node.flavor());
		return new Server(node.projectId(), node.serverId(), node.name(), node.flavor(), specs.vcpus(),
				specs.memoryGiB(), node.az(), cluster.vpc(), cluster.subnet(), node.privateIp(), ACTIVE,
				node.rootVolume(), node.dataVolumes(), node.created());
	}

	public boolean isRunning() {
		return ACTIVE.equals(this.status);
	}

	/** CCE renames the server with its node. */
	public Server named(String newName) {
		return new Server(this.projectId, this.id, newName, this.flavor, this.vcpus, this.memoryGiB, this.az, this.vpc,
				this.subnet, this.privateIp, this.status, this.rootVolume, this.dataVolumes, this.created);
	}

}
