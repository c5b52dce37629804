package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Map;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.JobRequest;
import io.cceemulator.state.JobRequest.SubJob;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;

/**
 * The jobs the node operations start, shaped as clients walk them. Terraform finds the node a job made by taking the
 * parent's sub-job of type {@code CreateNode}, fetching it by id, and reading the {@code resourceID} of its
 * {@code InstallNode} sub-job (terraform-provider-huaweicloud {@code getResourceIDFromJob}, for CreateNode, AddNode
 * and ResetNode alike); golangsdk's own fixture shows {@code ScaleupCluster} &gt; {@code CreateNode} &gt;
 * {@code InstallNode} for a created node. Providers before March 2024 (and OpenTelekomCloud's) read
 * {@code CreateNodeVM} instead, so a created node's tree has both. The other types are not documented anywhere:
 * they are named after their operations.
 */
final class JobTrees {

	static final String SCALE_UP = "ScaleupCluster";

	static final String CREATE_NODE = "CreateNode";

	static final String CREATE_VM = "CreateNodeVM";

	static final String INSTALL_NODE = "InstallNode";

	static final String ADD_NODE = "AddNode";

	static final String ADD_TO_POOL = "AddNodesToNodePool";

	static final String RESET_NODE = "ResetNode";

	static final String REMOVE_NODE = "RemoveNode";

	static final String DELETE_NODE = "DeleteNode";

	static final String UNINSTALL_NODE = "UninstallNode";

	static final String DELETE_VM = "DeleteNodeVM";

	static final String DELETE_POOL = "DeleteNodePool";

	/** The jobs whose end makes their nodes Active: each node's {@code CreateNode} sub-job carries its uid. */
	static final List<String> INSTALLS = List.of(SCALE_UP, ADD_NODE, ADD_TO_POOL, RESET_NODE);

	/** The jobs whose end takes their nodes out of the cluster. */
	static final List<String> UNINSTALLS = List.of(REMOVE_NODE, DELETE_NODE);

	private JobTrees() {
	}

	/** CreateNode's: a new server, then the install. */
	static JobRequest scaleUp(Cluster cluster, List<Node> nodes) {
		return new JobRequest(SCALE_UP, cluster.id(), cluster.id(), cluster.name(), Map.of(),
				nodes.stream().map((n) -> createNode(cluster, n, List.of(CREATE_VM, INSTALL_NODE))).toList());
	}

	/** AddNode's, AddNodesToNodePool's and ResetNode's: the server is there already, only the install runs. */
	static JobRequest install(String type, Cluster cluster, List<Node> nodes) {
		return new JobRequest(type, cluster.id(), cluster.id(), cluster.name(), Map.of(),
				nodes.stream().map((n) -> createNode(cluster, n, List.of(INSTALL_NODE))).toList());
	}

	static JobRequest remove(Cluster cluster, List<Node> nodes) {
		return new JobRequest(REMOVE_NODE, cluster.id(), cluster.id(), cluster.name(), Map.of(),
				nodes.stream().map((n) -> new SubJob(UNINSTALL_NODE, cluster.id(), n.id(), n.name())).toList());
	}

	/** DeleteNode's works on the node itself; its server goes with it. */
	static JobRequest delete(Cluster cluster, Node node) {
		return new JobRequest(DELETE_NODE, cluster.id(), node.id(), node.name(), Map.of("serverID", node.serverId()),
				List.of(new SubJob(UNINSTALL_NODE, cluster.id(), node.id(), node.name()),
						new SubJob(DELETE_VM, cluster.id(), node.id(), node.name())));
	}

	/** A shrinking pool's: a DeleteNode job on the pool, with one DeleteNode sub-job per node (each server goes). */
	static JobRequest shrink(Cluster cluster, NodePool pool, List<Node> nodes) {
		return new JobRequest(DELETE_NODE, cluster.id(), pool.id(), pool.name(), Map.of(),
				nodes.stream().map((n) -> deleteNode(cluster, n)).toList());
	}

	/** DeleteNodePool's: the pool's nodes go as in {@link #shrink}, then the pool. */
	static JobRequest deletePool(Cluster cluster, NodePool pool, List<Node> nodes) {
		return new JobRequest(DELETE_POOL, cluster.id(), pool.id(), pool.name(), Map.of(),
				nodes.stream().map((n) -> deleteNode(cluster, n)).toList());
	}

	private static SubJob deleteNode(Cluster cluster, Node node) {
		return new SubJob(DELETE_NODE, cluster.id(), node.id(), node.name(),
				List.of(new SubJob(UNINSTALL_NODE, cluster.id(), node.id(), node.name()),
						new SubJob(DELETE_VM, cluster.id(), node.id(), node.name())));
	}

	private static SubJob createNode(Cluster cluster, Node node, List<String> steps) {
		return new SubJob(CREATE_NODE, cluster.id(), node.id(), node.name(),
				steps.stream().map((type) -> new SubJob(type, cluster.id(), node.id(), node.name())).toList());
	}

}
