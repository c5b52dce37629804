package io.cceemulator.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodesSpec;
import io.cceemulator.nodelifecycle.NodeLocks;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.DockerLvmConfig;
import io.cceemulator.state.Job;
import io.cceemulator.state.JobRequest;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Reinstall;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/**
 * Checks a migration against every constraint of the API page, as guard clauses in {@link MigrationRule} order, and
 * accepts it as one write: all of its nodes start leaving the source at once, or none do.
 */
@Service
class MigrationService {

	static final String JOB_TYPE = "MigrateNode";

	static final String SUB_JOB_TYPE = "InstallNode";

	private final StateStore store;

	private final MigrateRequestValidator validator;

	MigrationService(StateStore store, MigrateRequestValidator validator) {
		this.store = store;
		this.validator = validator;
	}

	MigrateNodesTask migrate(String projectId, String sourceId, String targetId, MigrateNodesTask task) {
		this.validator.validate(this.store.read(projectId), task);
		return this.store.write(projectId, (tx) -> accept(tx, sourceId, targetId, task));
	}

	/** The rules against the project's state, then the transition; an instant job has ended when the write commits. */
	static MigrateNodesTask accept(Tx tx, String sourceId, String targetId, MigrateNodesTask task) {
		ProjectState state = tx.state();
		Cluster source = state.cluster(sourceId)
			.orElseThrow(() -> refuse(CceException.clusterNotFound(sourceId), MigrationRule.SOURCE_CLUSTER_EXISTS));
		Cluster target = state.cluster(targetId)
			.orElseThrow(() -> refuse(CceException.clusterNotFound(targetId), MigrationRule.TARGET_CLUSTER_EXISTS));
		ClusterRules.check(source, target);
		MigrateNodesSpec spec = task.spec();
		List<Node> moving = NodeRules.check(state, source, spec);
		// the target cluster decides the default, since that is where the node is reinstalled
		String runtime = (spec.runtime() != null) ? spec.runtime().name() : target.defaultRuntime(spec.os());
		Job job = tx.startJob(new JobRequest(JOB_TYPE, source.id(), source.id(), source.name(),
				Map.of("targetClusterID", target.id(), "targetClusterName", target.name()),
				moving.stream().map((n) -> new JobRequest.SubJob(SUB_JOB_TYPE, target.id(), n.id(), n.name())).toList()));
		Reinstall reinstall = reinstall(spec, runtime);
		Node.Incoming incoming = new Node.Incoming(job.id(), target.id(), reinstall.os(), reinstall.login(),
				reinstall.runtime(), reinstall.extend());
		moving.forEach((n) -> tx.put(n.leaving(incoming, tx.now())));
		return Responses.accepted(task, runtime, job.id());
	}

	/** What the target installs: the request's OS, login, runtime and extendParam; labels and taints stay behind. */
	private static Reinstall reinstall(MigrateNodesSpec spec, String runtime) {
		MigrateNodesTask.Login login = spec.login();
		Node.NodeLogin nodeLogin = (login.userPassword() != null)
				? new Node.NodeLogin(null, Responses.username(login.userPassword()))
				: new Node.NodeLogin(login.sshKey(), null);
		MigrateNodesTask.MigrateNodeExtendParam e = spec.extendParam();
		Node.NodeExtend extend = (e != null) ? new Node.NodeExtend(e.maxPods(), e.dockerLvmConfigOverride(),
				e.preInstall(), e.postInstall(), e.nodeImageId()) : null;
		return new Reinstall(spec.os(), nodeLogin, runtime, extend, Map.of(), List.of());
	}

	static CceException refuse(CceException ex, MigrationRule rule) {
		return ex.withRule(rule.name());
	}

	static CceException refuse(MigrationRule rule, String message) {
		return new CceException(CceError.INVALID_REQUEST, message, rule.name());
	}

	/** The cluster-level rules, in order. */
	static final class ClusterRules {

		private ClusterRules() {
		}

		static void check(Cluster source, Cluster target) {
			if (source.id().equals(target.id())) {
				throw refuse(MigrationRule.DIFFERENT_CLUSTERS,
						"source and target cluster are the same cluster " + source.id());
			}
			if (!source.isAvailable()) {
				throw refuse(MigrationRule.SOURCE_AVAILABLE,
						"source cluster " + source.id() + " is " + source.phase() + ", not Available");
			}
			if (!target.isAvailable()) {
				throw refuse(MigrationRule.TARGET_AVAILABLE,
						"target cluster " + target.id() + " is " + target.phase() + ", not Available");
			}
			if (!source.vpc().equals(target.vpc())) {
				throw refuse(MigrationRule.SAME_VPC, "nodes can only be migrated between clusters in the same VPC: "
						+ "source is in " + source.vpc() + ", target in " + target.vpc());
			}
			if (source.isTurbo() != target.isTurbo()) {
				throw refuse(MigrationRule.SAME_CATEGORY,
						"nodes cannot be migrated between a CCE Turbo cluster and a CCE Standard cluster");
			}
			if (source.isDec() != target.isDec()) {
				throw refuse(MigrationRule.SAME_DEC,
						"nodes cannot be migrated between a DeC cluster and a non-DeC cluster");
			}
			if (source.ipv6() != target.ipv6()) {
				throw refuse(MigrationRule.SAME_IPV6,
						"nodes cannot be migrated between a cluster with IPv6 enabled and a cluster without");
			}
		}

	}

	/** The node-level rules, in order; each is checked for every node before the next rule. */
	static final class NodeRules {

		private NodeRules() {
		}

		static List<Node> check(ProjectState state, Cluster source, MigrateNodesSpec spec) {
			List<Node> found = new ArrayList<>();
			for (MigrateNodesTask.NodeItem item : spec.nodes()) {
				Node node = state.node(item.uid())
					.filter((n) -> n.isShownIn(source.id()))
					.orElseThrow(() -> refuse(CceException.nodeNotFound(item.uid(), source.id()),
							MigrationRule.NODES_IN_SOURCE));
				found.add(node);
			}
			for (Node node : found) {
				NodeLocks.requireUnlocked(state, node, MigrationRule.NODES_ACTIVE.name());
				if (node.phase() != NodePhase.ACTIVE) {
					throw refuse(MigrationRule.NODES_ACTIVE, "node " + node.id() + " is " + node.phase().wire()
							+ "; only Active nodes can be migrated");
				}
			}
			for (Node node : found) {
				if (!node.hasDataDisk()) {
					throw refuse(MigrationRule.NODES_HAVE_DATA_DISK, "node " + node.id()
							+ " has only a system disk; nodes without a data disk cannot be migrated");
				}
			}
			if (source.isTurbo()) {
				for (Node node : found) {
					if (node.isPhysical()) {
						throw refuse(MigrationRule.NO_BMS_IN_TURBO, "node " + node.id() + " is a physical (BMS) node ("
								+ node.flavor() + ") of a CCE Turbo cluster; BMS nodes cannot be migrated");
					}
				}
			}
			checkDiskTypes(spec, found);
			return found;
		}

		private static void checkDiskTypes(MigrateNodesSpec spec, List<Node> found) {
			Node first = found.get(0);
			for (Node node : found) {
				if (!node.diskType().equals(first.diskType())) {
					throw refuse(MigrationRule.ONE_DISK_TYPE, "nodes of one call must share one disk type: node "
							+ first.id() + " has " + first.diskType() + ", node " + node.id() + " has " + node.diskType());
				}
			}
			String requested = (spec.extendParam() != null && spec.extendParam().dockerLvmConfigOverride() != null)
					? DockerLvmConfig.diskTypeOf(spec.extendParam().dockerLvmConfigOverride()).orElse(null) : null;
			if (requested != null && !requested.equals(first.diskType())) {
				throw refuse(MigrationRule.ONE_DISK_TYPE, "diskType " + requested
						+ " in DockerLVMConfigOverride differs from the disk type the nodes were created with ("
						+ first.diskType() + ")");
			}
		}

	}

}
