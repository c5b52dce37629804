package io.cceemulator.node;

import java.util.List;
import java.util.Map;

import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.system.GoTime;

/**
 * The CCE v3 {@code NodePool} body, as the SDK's NodePool model has it; the DefaultPool is shown with the literal id
 * {@code DefaultPool}. Public, as the node pool lifecycle answers with it too.
 */
public record NodePoolView(String kind, String apiVersion, Metadata metadata, Spec spec, Status status) {

	public record Metadata(String name, String uid, String creationTimestamp, String updateTimestamp) {
	}

	public record Spec(String type, NodeTemplate nodeTemplate, int initialNodeCount, Autoscaling autoscaling) {
	}

	/** What the pool's nodes are installed with; empty strings and lists where the DefaultPool sets nothing. */
	public record NodeTemplate(String flavor, String az, String os, NodeView.Login login, Node.Volume rootVolume,
			List<Node.Volume> dataVolumes, NodeView.Runtime runtime, Map<String, Object> extendParam,
			Map<String, String> k8sTags, List<Node.Taint> taints, List<NodePool.UserTag> userTags,
			NodeView.NodeNicSpec nodeNicSpec, int billingMode, int count) {

		static NodeTemplate none(String az) {
			return new NodeTemplate("", az, "", null, null, List.of(), null, Map.of(), Map.of(), List.of(), List.of(),
					null, 0, 1);
		}

	}

	public record Autoscaling(boolean enable, int minNodeCount, int maxNodeCount, int scaleDownCooldownTime,
			int priority) {
	}

	/**
	 * @param phase empty for a ready pool (what Terraform waits for), {@code Synchronizing} while its nodes install
	 * or go, {@code Deleting} while it is deleted, {@code Error} if that failed
	 * @param jobId lower-case {@code d}, as the SDK's NodePoolStatus spells it
	 */
	public record Status(int currentNode, int creatingNode, int deletingNode, String phase, String jobId) {
	}

	record PoolList(String kind, String apiVersion, List<NodePoolView> items) {
	}

	static NodePoolView of(String id, String name, String created, NodeTemplate template, List<Node> members) {
		Status status = status(members, null, null);
		return new NodePoolView("NodePool", "v3", new Metadata(name, id, created, created),
				new Spec("vm", template, members.size(), new Autoscaling(false, 0, 0, 0, 0)), status);
	}

	/** @param members the nodes of the pool, as its cluster shows them */
	public static NodePoolView of(NodePool pool, List<Node> members) {
		NodePool.Template t = pool.template();
		NodeView.Login login = (t != null && t.username() != null)
				? new NodeView.Login(null, new NodeView.UserPassword(t.username(), NodeView.MASKED))
				: new NodeView.Login(pool.sshKey(), null);
		NodeTemplate template = new NodeTemplate(pool.flavor(), (pool.az() != null) ? pool.az() : "", pool.os(), login,
				(t != null) ? t.rootVolume() : null, (t != null) ? t.dataVolumes() : List.of(),
				(pool.runtime() != null) ? new NodeView.Runtime(pool.runtime()) : null,
				NodeView.extendParam((t != null) ? t.extend() : null), pool.labels(), pool.taints(),
				(t != null) ? t.userTags() : List.of(),
				new NodeView.NodeNicSpec(new NodeView.PrimaryNic((t != null) ? t.subnet() : null)), 0, 1);
		NodePool.Scaling s = pool.scaling();
		Spec spec = new Spec((t != null && t.type() != null) ? t.type() : "vm", template,
				(s != null) ? s.initialNodeCount() : members.size(), (s != null) ? new Autoscaling(s.enable(),
						s.minNodeCount(), s.maxNodeCount(), s.scaleDownCooldownTime(), s.priority())
						: new Autoscaling(false, 0, 0, 0, 0));
		return new NodePoolView("NodePool", "v3",
				new Metadata(pool.name(), pool.id(), GoTime.format(pool.created()), GoTime.format(pool.updated())),
				spec, status(members, pool.phase(), pool.jobId()));
	}

	private static Status status(List<Node> members, String phase, String jobId) {
		int creating = (int) members.stream()
			.filter((n) -> n.phase() == NodePhase.INSTALLING || n.phase() == NodePhase.BUILD)
			.count();
		int deleting = (int) members.stream().filter((n) -> n.phase() == NodePhase.DELETING).count();
		String shown = (phase != null) ? phase : (creating + deleting > 0) ? "Synchronizing" : "";
		return new Status(members.size() - creating - deleting, creating, deleting, shown,
				(jobId != null) ? jobId : "");
	}

}
