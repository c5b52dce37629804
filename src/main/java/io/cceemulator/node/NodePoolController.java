package io.cceemulator.node;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.cluster.Cluster;
import io.cceemulator.cluster.ClusterRegistry;
import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.system.CceOperation;
import io.cceemulator.system.GoTime;

@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}/nodepools")
class NodePoolController {

	private final ClusterRegistry clusters;

	private final NodeRegistry nodes;

	private final NodePoolRegistry pools;

	NodePoolController(ClusterRegistry clusters, NodeRegistry nodes, NodePoolRegistry pools) {
		this.clusters = clusters;
		this.nodes = nodes;
		this.pools = pools;
	}

	/** The DefaultPool is hidden unless {@code showDefaultNodePool=true}, as in CCE. */
	@CceOperation("ListNodePools")
	@GetMapping
	NodePoolView.PoolList list(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId,
			@RequestParam(name = "showDefaultNodePool", required = false) String showDefault) {
		Cluster cluster = this.clusters.require(projectId, clusterId);
		List<Node> members = this.nodes.listInCluster(projectId, clusterId);
		List<NodePoolView> items = new ArrayList<>();
		if ("true".equalsIgnoreCase(showDefault)) {
			items.add(defaultPool(cluster, members));
		}
		for (NodePool pool : this.pools.list(projectId, clusterId)) {
			items.add(NodePoolView.of(pool, members.stream().filter((n) -> pool.id().equals(n.poolId())).toList()));
		}
		return new NodePoolView.PoolList("List", "v3", items);
	}

	@CceOperation("ShowNodePool")
	@GetMapping("/{nodepool_id}")
	NodePoolView show(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("nodepool_id") String poolId) {
		Cluster cluster = this.clusters.require(projectId, clusterId);
		List<Node> members = this.nodes.listInCluster(projectId, clusterId);
		if (Node.DEFAULT_POOL.equals(poolId)) {
			return defaultPool(cluster, members);
		}
		NodePool pool = this.pools.find(projectId, clusterId, poolId)
			.orElseThrow(() -> new CceException(CceError.NOT_FOUND, "Node pool " + poolId + " not found"));
		return NodePoolView.of(pool, members.stream().filter((n) -> poolId.equals(n.poolId())).toList());
	}

	private static NodePoolView defaultPool(Cluster cluster, List<Node> members) {
		return NodePoolView.of(Node.DEFAULT_POOL, Node.DEFAULT_POOL, GoTime.format(cluster.created()),
				new NodePoolView.NodeTemplate("", cluster.az(), ""),
				members.stream().filter((n) -> n.poolId() == null).toList());
	}

}
