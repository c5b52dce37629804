package io.cceemulator.node;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.cluster.ClusterRegistry;
import io.cceemulator.error.CceException;
import io.cceemulator.system.CceOperation;

@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes")
class NodeController {

	private final ClusterRegistry clusters;

	private final NodeRegistry nodes;

	private final NodePoolRegistry pools;

	NodeController(ClusterRegistry clusters, NodeRegistry nodes, NodePoolRegistry pools) {
		this.clusters = clusters;
		this.nodes = nodes;
		this.pools = pools;
	}

	@CceOperation("ListNodes")
	@GetMapping
	NodeView.NodeList list(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId) {
		requireCluster(projectId, clusterId);
		return new NodeView.NodeList("List", "v3",
				this.nodes.listInCluster(projectId, clusterId).stream().map(this::view).toList());
	}

	@CceOperation("ShowNode")
	@GetMapping("/{node_id}")
	NodeView show(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId) {
		requireCluster(projectId, clusterId);
		return this.nodes.findInCluster(projectId, clusterId, nodeId)
			.map(this::view)
			.orElseThrow(() -> CceException.nodeNotFound(nodeId, clusterId));
	}

	private NodeView view(Node node) {
		String poolName = (node.poolId() == null) ? Node.DEFAULT_POOL
				: this.pools.find(node.projectId(), node.clusterId(), node.poolId())
					.map(NodePool::name)
					.orElse(node.poolId());
		return NodeView.of(node, poolName);
	}

	private void requireCluster(String projectId, String clusterId) {
		if (this.clusters.find(projectId, clusterId).isEmpty()) {
			throw CceException.clusterNotFound(clusterId);
		}
	}

}
