package io.cceemulator.nodelifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cceemulator.node.NodeView;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Reinstall;
import io.cceemulator.state.Server;
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

	NodeView create(String projectId, String clusterId, NodeCreateRequest request) {
		check(this.store.read(projectId), request);
		return this.store.write(projectId, (tx) -> accept(tx, clusterId, request));
	}

	/** The request's rules beyond its shape, in the order of its fields. */
	static void check(ProjectState project, NodeCreateRequest request) {
		RequestChecks.envelope(request.apiVersion(), request.kind(), "Node");
		Reinstalls.checkName("metadata.name", (request.metadata() != null) ? request.metadata().name() : null);
		NodeCreateRequest.Spec spec = request.spec();
		ReinstallNodeSpec.Login login = spec.login();
		if (login != null) {
			Reinstalls.checkLogin("spec.login", login);
		}
		NodeCreateRequest.ExtendParam e = spec.extendParam();
		if (e != null) {
			InstallChecks.lvm("spec.extendParam.DockerLVMConfigOverride", e.dockerLvmConfigOverride());
			InstallChecks.scripts("spec.extendParam", "alpha.cce/preInstall", e.preInstall(), "alpha.cce/postInstall",
					e.postInstall());
			if (e.nodeImageId() != null && spec.os() != null) {
				InstallChecks.imageOs(InstallChecks.image(project, "spec.extendParam.alpha.cce/NodeImageID",
						e.nodeImageId()), "spec.os", spec.os());
			}
		}
	}

	static NodeView accept(Tx tx, String clusterId, NodeCreateRequest request) {
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
		Set<String> ips = new HashSet<>();
		state.servers().forEach((s) -> ips.add(s.privateIp()));
		List<Server> servers = new ArrayList<>();
		List<Node> nodes = new ArrayList<>();
		for (String name : names) {
			Server server = server(tx, cluster, spec, name, nextIp(ips));
			servers.add(server);
			nodes.add(Node.installing(Ids.uuid(), name, cluster.id(), (pool != null) ? pool.id() : null, server, with,
					tx.now()));
		}
		Job job = tx.startJob(JobTrees.scaleUp(cluster, nodes));
		for (int i = 0; i < nodes.size(); i++) {
			tx.put(servers.get(i));
			tx.put(nodes.get(i).inPhase(NodePhase.INSTALLING, job.id(), tx.now()));
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
		String os = (spec.os() != null) ? spec.os() : Reinstalls.DEFAULT_OS;
		String runtime = (spec.runtime() != null && spec.runtime().name() != null) ? spec.runtime().name()
				: cluster.defaultRuntime(os);
		NodeCreateRequest.ExtendParam e = spec.extendParam();
		Node.NodeExtend extend = (e != null) ? new Node.NodeExtend(e.maxPods(), e.dockerLvmConfigOverride(),
				e.preInstall(), e.postInstall(), e.nodeImageId()) : null;
		Node.NodeLogin login = (spec.login() != null) ? Reinstalls.login(spec.login()) : new Node.NodeLogin(null, null);
		return new Reinstall(os, login, runtime, extend, spec.k8sTags(),
				(spec.taints() != null) ? spec.taints().stream().map(Reinstalls::taint).toList() : List.of());
	}

	/** A new server of the flavor, named after its node, with the request's disks. */
	private static Server server(Tx tx, Cluster cluster, NodeCreateRequest.Spec spec, String name, String ip) {
		Server.Specs specs = Server.Specs.of(spec.flavor());
		List<Node.Volume> data = (spec.dataVolumes() != null)
				? spec.dataVolumes().stream().map(NodeCreateRequest.Volume::toNode).toList() : List.of();
		return new Server(tx.projectId(), Ids.uuid(), name, spec.flavor(), specs.vcpus(), specs.memoryGiB(), spec.az(),
				cluster.vpc(), subnet(cluster, spec), ip, Server.ACTIVE, spec.rootVolume().toNode(), data, tx.now());
	}

	/** The subnet the request names for the node's NIC, else (Terraform sends an empty one) the cluster's. */
	private static String subnet(Cluster cluster, NodeCreateRequest.Spec spec) {
		NodeCreateRequest.NodeNicSpec nic = spec.nodeNicSpec();
		String named = (nic != null && nic.primaryNic() != null) ? nic.primaryNic().subnetId() : null;
		return (named != null && !named.isBlank()) ? named : cluster.subnet();
	}

	/** A private IP no server of the project has: 192.168.0.0/16 as the data file's nodes use, then 10.0.0.0/8. */
	private static String nextIp(Set<String> used) {
		for (int k = used.size() + 1;; k++) {
			String ip = (k < 64_000) ? "192.168." + (k / 250) + "." + (k % 250 + 2)
					: "10." + (k / 62_500) % 256 + "." + (k / 250) % 250 + "." + (k % 250 + 2);
			if (used.add(ip)) {
				return ip;
			}
		}
	}

}
