package io.cceemulator.node;

import java.util.Map;
import java.util.stream.Collectors;

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
		this.clusters.require(projectId, clusterId);
		Map<String, String> poolNames = poolNames(projectId, clusterId);
		return new NodeView.NodeList("List", "v3",
				this.nodes.listInCluster(projectId, clusterId).stream().map((n) -> view(n, poolNames)).toList());
	}

	@CceOperation("ShowNode")
	@GetMapping("/{node_id}")
	NodeView show(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("node_id") String nodeId) {
		this.clusters.require(projectId, clusterId);
		return this.nodes.findInCluster(projectId, clusterId, nodeId)
			.map((n) -> view(n, poolNames(projectId, clusterId)))
			.orElseThrow(() -> CceException.nodeNotFound(nodeId, clusterId));
	}

	/** Pool names are looked up once per call, not once per node of a listing. */
	private Map<String, String> poolNames(String projectId, String clusterId) {
		return this.pools.list(projectId, clusterId)
			.stream()
			.collect(Collectors.toMap(NodePool::id, NodePool::name, (a, b) -> a));
	}

	private static NodeView view(Node node, Map<String, String> poolNames) {
		String poolName = (node.poolId() == null) ? Node.DEFAULT_POOL
				: poolNames.getOrDefault(node.poolId(), node.poolId());
		return NodeView.of(node, poolName);
	}

}
