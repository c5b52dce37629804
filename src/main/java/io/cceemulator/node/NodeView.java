package io.cceemulator.node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;
import io.cceemulator.system.GoTime;

/**
 * The CCE v3 {@code Node} body, with the field names and nesting of the real API; public, as the node lifecycle
 * answers with it too.
 */
public record NodeView(String kind, String apiVersion, Metadata metadata, Spec spec, Status status) {

	static final String POOL_ANNOTATION = "kubernetes.io/node-pool.id";

	static final String MASKED = "******";

	public record Metadata(String name, String uid, Map<String, String> labels, Map<String, String> annotations,
			String creationTimestamp, String updateTimestamp, OwnerReference ownerReference) {
	}

	public record OwnerReference(String nodepoolName, String nodepoolID) {
	}

	public record Spec(String flavor, String az, String os, Login login, Node.Volume rootVolume,
			List<Node.Volume> dataVolumes, Runtime runtime, Map<String, Object> extendParam,
			Map<String, String> k8sTags, List<Node.Taint> taints, NodeNicSpec nodeNicSpec, int billingMode,
			int count) {
	}

	public record Login(String sshKey, UserPassword userPassword) {
	}

	public record UserPassword(String username, String password) {
	}

	public record Runtime(String name) {
	}

	public record NodeNicSpec(PrimaryNic primaryNic) {
	}

	public record PrimaryNic(String subnetId) {
	}

	public record Status(String phase, String jobID, String serverId, String privateIP, String privateIPv6IP) {
	}

	record NodeList(String kind, String apiVersion, List<NodeView> items) {
	}

	/** The node as its cluster shows it, with its pool's name and its server's subnet (two direct lookups). */
	public static NodeView of(ProjectState state, Node node) {
		String poolName = (node.poolId() == null) ? Node.DEFAULT_POOL
				: state.pool(node.poolId()).map(NodePool::name).orElse(node.poolId());
		return of(node, poolName, state.server(node.serverId()).orElse(null));
	}

	/**
	 * Nodes of the DefaultPool carry {@code <az>#<flavor>#<os>} as their pool annotation, nodes of a custom pool
	 * its id; both name their pool in {@code ownerReference}.
	 */
	private static NodeView of(Node n, String poolName, Server server) {
		boolean defaultPool = n.poolId() == null;
		String poolKey = defaultPool ? n.az() + "#" + n.flavor() + "#" + n.os() : n.poolId();
		Metadata metadata = new Metadata(n.name(), n.id(), Map.of(), Map.of(POOL_ANNOTATION, poolKey),
				GoTime.format(n.created()), GoTime.format(n.updated()),
				new OwnerReference(defaultPool ? Node.DEFAULT_POOL : poolName,
						defaultPool ? Node.DEFAULT_POOL : n.poolId()));
		Login login = (n.login().username() != null)
				? new Login(null, new UserPassword(n.login().username(), MASKED)) : new Login(n.login().sshKey(), null);
		NodeNicSpec nic = new NodeNicSpec(new PrimaryNic((server != null) ? server.subnet() : null));
		Spec spec = new Spec(n.flavor(), n.az(), n.os(), login, n.rootVolume(), n.dataVolumes(),
				new Runtime(n.runtime()), extendParam(n.extend()), n.labels(), n.taints(), nic, 0, 1);
		Status status = new Status(n.phase().wire(), n.jobId(), n.serverId(), n.privateIp(), n.privateIpv6());
		return new NodeView("Node", "v3", metadata, spec, status);
	}

	static Map<String, Object> extendParam(Node.NodeExtend extend) {
		Map<String, Object> map = new LinkedHashMap<>();
		if (extend == null) {
			return map;
		}
		putIfPresent(map, "maxPods", extend.maxPods());
		putIfPresent(map, "DockerLVMConfigOverride", extend.dockerLvmConfigOverride());
		putIfPresent(map, "alpha.cce/preInstall", extend.preInstall());
		putIfPresent(map, "alpha.cce/postInstall", extend.postInstall());
		putIfPresent(map, "alpha.cce/NodeImageID", extend.nodeImageId());
		return map;
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
