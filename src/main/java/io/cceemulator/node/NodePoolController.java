package io.cceemulator.node;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.web.CceOperation;
import io.cceemulator.system.GoTime;

@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters/{cluster_id}/nodepools")
class NodePoolController {

	private final StateStore store;

	NodePoolController(StateStore store) {
		this.store = store;
	}

	/** The DefaultPool is hidden unless {@code showDefaultNodePool=true}, as in CCE. */
	@CceOperation("ListNodePools")
	@GetMapping
	NodePoolView.PoolList list(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId,
			@RequestParam(name = "showDefaultNodePool", required = false) String showDefault) {
		ProjectState state = this.store.read(projectId);
		Cluster cluster = state.cluster(clusterId).orElseThrow(() -> CceException.clusterNotFound(clusterId));
		List<Node> members = state.nodesIn(clusterId);
		List<NodePoolView> items = new ArrayList<>();
		if ("true".equalsIgnoreCase(showDefault)) {
			items.add(defaultPool(cluster, members));
		}
		for (NodePool pool : state.pools(clusterId)) {
			items.add(NodePoolView.of(pool, members.stream().filter((n) -> pool.id().equals(n.poolId())).toList()));
		}
		return new NodePoolView.PoolList("List", "v3", items);
	}

	@CceOperation("ShowNodePool")
	@GetMapping("/{nodepool_id}")
	NodePoolView show(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@PathVariable("nodepool_id") String poolId) {
		ProjectState state = this.store.read(projectId);
		Cluster cluster = state.cluster(clusterId).orElseThrow(() -> CceException.clusterNotFound(clusterId));
		List<Node> members = state.nodesIn(clusterId);
		if (Node.DEFAULT_POOL.equals(poolId)) {
			return defaultPool(cluster, members);
		}
		NodePool pool = state.pool(poolId)
			.filter((p) -> p.clusterId().equals(clusterId))
			.orElseThrow(() -> CceException.nodePoolNotFound(poolId, clusterId));
		return NodePoolView.of(pool, members.stream().filter((n) -> poolId.equals(n.poolId())).toList());
	}

	private static NodePoolView defaultPool(Cluster cluster, List<Node> members) {
		return NodePoolView.of(Node.DEFAULT_POOL, Node.DEFAULT_POOL, GoTime.format(cluster.created()),
				NodePoolView.NodeTemplate.none(cluster.az()),
				members.stream().filter((n) -> n.poolId() == null).toList());
	}

}
