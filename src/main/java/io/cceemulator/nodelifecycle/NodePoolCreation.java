package io.cceemulator.nodelifecycle;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cceemulator.error.CceException;
import io.cceemulator.node.NodePoolView;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;
import io.cceemulator.system.Ids;

/**
 * CreateNodePool: the request's rules (envelope, name, node template, login, autoscaling bounds), then the cluster
 * exists, the name is free in it, it is Available and has room for the initial nodes; then one write that makes the
 * pool and its {@code initialNodeCount} nodes, Installing on new servers under a ScaleupCluster job.
 */
@Service
class NodePoolCreation {

	private final StateStore store;

	NodePoolCreation(StateStore store) {
		this.store = store;
	}

	NodePoolView create(String projectId, String clusterId, NodePoolRequest request) {
		check(this.store.read(projectId), request);
		return this.store.write(projectId, (tx) -> accept(tx, clusterId, request));
	}

	private static void check(ProjectState project, NodePoolRequest request) {
		RequestChecks.envelope(request.apiVersion(), request.kind(), "NodePool");
		PoolRules.checkName("metadata.name", request.metadata().name());
		NodeCreateRequest.Spec template = request.spec().nodeTemplate();
		if (template.login() == null) {
			throw CceException.invalid("spec.nodeTemplate.login: exactly one of sshKey and userPassword is required");
		}
		NodeCreation.checkSpec(project, "spec.nodeTemplate", template);
		PoolRules.checkScaling("spec", scaling(request), request.spec().initialNodeCount(), "spec.initialNodeCount");
	}

	private static NodePool.Scaling scaling(NodePoolRequest request) {
		Integer initial = request.spec().initialNodeCount();
		return PoolRules.scaling(request.spec().autoscaling(), (initial != null) ? initial : 0);
	}

	private static NodePoolView accept(Tx tx, String clusterId, NodePoolRequest request) {
		Cluster cluster = Guards.cluster(tx.state(), clusterId);
		String name = request.metadata().name();
		PoolRules.nameFree(tx.state(), cluster, name, null);
		Guards.available(cluster);
		NodePool.Scaling scaling = scaling(request);
		Guards.room(tx.state(), cluster, scaling.initialNodeCount());
		NodePool pool = pool(tx, cluster, request, scaling);
		tx.put(pool);
		if (scaling.initialNodeCount() > 0) {
			String job = PoolNodes.grow(tx, cluster, pool, scaling.initialNodeCount());
			tx.put(pool.inPhase(null, job, tx.now()));
		}
		NodePool created = tx.state().pool(pool.id()).orElseThrow();
		return NodePoolView.of(created, PoolNodes.members(tx.state(), created));
	}

	/** The pool as the request describes it; the password is checked and not kept, only its username. */
	private static NodePool pool(Tx tx, Cluster cluster, NodePoolRequest request, NodePool.Scaling scaling) {
		NodeCreateRequest.Spec t = request.spec().nodeTemplate();
		Node.NodeLogin login = Reinstalls.login(t.login());
		NewNodes.Hardware hw = NodeCreation.hardware(t);
		String type = request.spec().type();
		NodePool.Template template = new NodePool.Template((type == null || type.isEmpty()) ? "vm" : type,
				hw.rootVolume(), hw.dataVolumes(), login.username(), t.extend(),
				hw.subnetIn(cluster),
				(t.userTags() != null) ? t.userTags().stream().map((u) -> new NodePool.UserTag(u.key(), u.value()))
					.toList() : List.of());
		return new NodePool(tx.projectId(), cluster.id(), Ids.uuid(), request.metadata().name(), t.flavor(),
				t.osOrDefault(), tx.now(), t.az(), t.runtimeIn(cluster), login.sshKey(), t.k8sTags(),
				(t.taints() != null) ? t.taints().stream().map(Reinstalls::taint).toList() : List.of(), template,
				scaling, null, null, tx.now());
	}

}
