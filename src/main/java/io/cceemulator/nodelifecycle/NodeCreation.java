package io.cceemulator.nodelifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cceemulator.node.NodeView;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Reinstall;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;
import io.cceemulator.system.Ids;

/**
 * CreateNode: the rules in the order the house style gives for node creation (the cluster exists, the name is free,
 * the cluster is Available, it has room), then one write that creates the servers and the nodes, Installing, under
 * a ScaleupCluster job. The answer is the first node, with the {@code metadata.uid} and {@code status.serverId}
 * karpenter reads straight from it.
 */
@Service
class NodeCreation {

	static final String POOL_ANNOTATION = "kubernetes.io/node-pool.id";

	private final StateStore store;

	NodeCreation(StateStore store) {
		this.store = store;
	}

	/** @param poolScaleUp {@code nodepoolScaleUp=NodepoolScaleUp}: the pool's node count grows with its new nodes */
	NodeView create(String projectId, String clusterId, NodeCreateRequest request, boolean poolScaleUp) {
		check(this.store.read(projectId), request);
		return this.store.write(projectId, (tx) -> accept(tx, clusterId, request, poolScaleUp));
	}

	/** The request's rules beyond its shape, in the order of its fields. */
	static void check(ProjectState project, NodeCreateRequest request) {
		RequestChecks.envelope(request.apiVersion(), request.kind(), "Node");
		Reinstalls.checkName("metadata.name", (request.metadata() != null) ? request.metadata().name() : null);
		checkSpec(project, "spec", request.spec());
	}

	/** @param where the spec's path in the request: {@code spec}, or a pool's {@code spec.nodeTemplate} */
	static void checkSpec(ProjectState project, String where, NodeCreateRequest.Spec spec) {
		ReinstallNodeSpec.Login login = spec.login();
		if (login != null) {
			Reinstalls.checkLogin(where + ".login", login);
		}
		NodeCreateRequest.ExtendParam e = spec.extendParam();
		if (e != null) {
			InstallChecks.lvm(where + ".extendParam.DockerLVMConfigOverride", e.dockerLvmConfigOverride());
			InstallChecks.scripts(where + ".extendParam", "alpha.cce/preInstall", e.preInstall(),
					"alpha.cce/postInstall", e.postInstall());
			if (e.nodeImageId() != null && spec.os() != null) {
				InstallChecks.imageOs(InstallChecks.image(project, where + ".extendParam.alpha.cce/NodeImageID",
						e.nodeImageId()), where + ".os", spec.os());
			}
		}
	}

	static NodeView accept(Tx tx, String clusterId, NodeCreateRequest request, boolean poolScaleUp) {
		ProjectState state = tx.state();
		Cluster cluster = Guards.cluster(state, clusterId);
		NodeCreateRequest.Spec spec = request.spec();
		int count = (spec.count() != null) ? spec.count() : 1;
		List<String> names = names(cluster, request, count);
		Guards.namesFree(state, cluster, names, Set.of());
		Guards.available(cluster);
		NodePool pool = pool(state, cluster, request);
		Guards.room(state, cluster, count);
		Reinstall with = reinstall(cluster, spec);
		List<Node> nodes = NewNodes.install(tx, cluster, (pool != null) ? pool.id() : null, hardware(spec), with,
				names);
		if (pool != null && poolScaleUp) {
			PoolNodes.countChanged(tx, pool, count);
		}
		return NodeView.of(tx.state(), tx.state().node(nodes.get(0).id()).orElseThrow());
	}

	/** The requested name, or CCE's {@code <cluster>-<5 characters>}; several nodes each get a suffix of their own. */
	private static List<String> names(Cluster cluster, NodeCreateRequest request, int count) {
		String given = (request.metadata() != null) ? request.metadata().name() : null;
		if (given != null && count == 1) {
			return List.of(given);
		}
		String base = (given != null) ? given : cluster.name();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(base + "-" + Ids.uuid().substring(0, 5));
		}
		return names;
	}

	/** A custom pool named by the {@code kubernetes.io/node-pool.id} annotation; none puts the node in DefaultPool. */
	private static NodePool pool(ProjectState state, Cluster cluster, NodeCreateRequest request) {
		Map<String, String> annotations = (request.metadata() != null) ? request.metadata().annotations() : null;
		String poolId = (annotations != null) ? annotations.get(POOL_ANNOTATION) : null;
		return (poolId == null || poolId.contains("#")) ? null : Guards.customPool(state, cluster, poolId);
	}

	/** What the new nodes are installed with: the request's OS (or the data file's default), login, runtime, ... */
	private static Reinstall reinstall(Cluster cluster, NodeCreateRequest.Spec spec) {
		Node.NodeLogin login = (spec.login() != null) ? Reinstalls.login(spec.login()) : new Node.NodeLogin(null, null);
		return new Reinstall(spec.osOrDefault(), login, spec.runtimeIn(cluster), spec.extend(), spec.k8sTags(),
				(spec.taints() != null) ? spec.taints().stream().map(Reinstalls::taint).toList() : List.of());
	}

	/** The servers of the flavor, with the request's disks, in the subnet it names (Terraform sends an empty one). */
	static NewNodes.Hardware hardware(NodeCreateRequest.Spec spec) {
		List<Node.Volume> data = (spec.dataVolumes() != null)
				? spec.dataVolumes().stream().map(NodeCreateRequest.Volume::toNode).toList() : List.of();
		NodeCreateRequest.NodeNicSpec nic = spec.nodeNicSpec();
		String subnet = (nic != null && nic.primaryNic() != null) ? nic.primaryNic().subnetId() : null;
		return new NewNodes.Hardware(spec.flavor(), spec.az(), spec.rootVolume().toNode(), data, subnet);
	}

}
