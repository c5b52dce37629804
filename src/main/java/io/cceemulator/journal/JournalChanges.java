package io.cceemulator.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import io.cceemulator.state.Change;
import io.cceemulator.state.Commit;
import io.cceemulator.state.Node;
import io.cceemulator.state.StateListener;
import io.cceemulator.web.CallAttributes;

/**
 * What a call changed, for its journal entry, read from the changes it committed (not from what jobs did meanwhile
 * with the clock): the jobs it started, the nodes it set migrating (with their source and target), and the ids of the
 * clusters, node pools, nodes, servers and images it put or removed.
 */
@Component
class JournalChanges implements StateListener {

	@Override
	public void committed(Commit commit) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || commit.byCall().isEmpty()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> summary = (request.getAttribute(CallAttributes.CHANGES,
				RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> earlier)
						? new LinkedHashMap<>((Map<String, Object>) earlier) : new LinkedHashMap<>();
		summarize(commit, summary);
		request.setAttribute(CallAttributes.CHANGES, summary, RequestAttributes.SCOPE_REQUEST);
	}

	static void summarize(Commit commit, Map<String, Object> summary) {
		for (Change change : commit.byCall()) {
			if (change instanceof Change.JobPut put && commit.before().jobState(put.job().job().id()).isEmpty()) {
				summary.putIfAbsent("jobStarted", put.job().job().id());
				add(summary, "jobsStarted", put.job().job().id());
			}
			else if (change instanceof Change.NodePut put) {
				Node node = put.node();
				boolean existed = commit.before().node(node.id()).isPresent();
				add(summary, existed ? "nodesChanged" : "nodesCreated", node.id());
				if (node.isMigrating() && commit.before().node(node.id()).filter(Node::isMigrating).isEmpty()) {
					add(summary, "nodesMigrating", node.id());
					summary.putIfAbsent("sourceCluster", node.clusterId());
					summary.putIfAbsent("targetCluster", node.incoming().targetClusterId());
				}
			}
			else if (change instanceof Change.NodeRemoved removed) {
				add(summary, "nodesRemoved", removed.nodeId());
			}
			else if (change instanceof Change.ClusterPut put) {
				add(summary, commit.before().cluster(put.cluster().id()).isPresent() ? "clustersChanged"
						: "clustersCreated", put.cluster().id());
			}
			else if (change instanceof Change.ClusterRemoved removed) {
				add(summary, "clustersRemoved", removed.clusterId());
			}
			else if (change instanceof Change.PoolPut put) {
				add(summary, commit.before().pool(put.pool().id()).isPresent() ? "nodePoolsChanged" : "nodePoolsCreated",
						put.pool().id());
			}
			else if (change instanceof Change.PoolRemoved removed) {
				add(summary, "nodePoolsRemoved", removed.poolId());
			}
			else if (change instanceof Change.ServerPut put) {
				add(summary, commit.before().server(put.server().id()).isPresent() ? "serversChanged"
						: "serversCreated", put.server().id());
			}
			else if (change instanceof Change.ServerRemoved removed) {
				add(summary, "serversRemoved", removed.serverId());
			}
			else if (change instanceof Change.ImagePut put) {
				add(summary, "imagesPut", put.image().id());
			}
			else if (change instanceof Change.ImageRemoved removed) {
				add(summary, "imagesRemoved", removed.imageId());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void add(Map<String, Object> summary, String key, String id) {
		List<String> ids = (List<String>) summary.computeIfAbsent(key, (k) -> new ArrayList<String>());
		if (!ids.contains(id)) {
			ids.add(id);
		}
	}

}
