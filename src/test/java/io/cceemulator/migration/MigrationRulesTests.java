package io.cceemulator.migration;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodeExtendParam;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodesSpec;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.support.Bodies;
import io.cceemulator.support.Fixtures.ProjectBuilder;

import static io.cceemulator.support.Fixtures.PROJECT;
import static io.cceemulator.support.Fixtures.aCluster;
import static io.cceemulator.support.Fixtures.aNode;
import static io.cceemulator.support.Fixtures.aProject;
import static io.cceemulator.support.Fixtures.frozenClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One test per row of the rule table (docs/migration.md), in the order the rules are checked, against the state
 * core alone: each refusal's catalogue entry, rule and message, and that it changes nothing.
 */
class MigrationRulesTests {

	/** Two Available CCE Standard clusters a and b in vpc-1, with Active nodes n1 and n2 in a. */
	private static ProjectBuilder project() {
		return aProject().with(aCluster("a"), aCluster("b")).with(aNode("n1").in("a"), aNode("n2").in("a"));
	}

	private static MigrateNodesTask task(String... uids) {
		return task(null, uids);
	}

	private static MigrateNodesTask task(MigrateNodeExtendParam extend, String... uids) {
		List<MigrateNodesTask.NodeItem> nodes = Arrays.stream(uids).map(MigrateNodesTask.NodeItem::new).toList();
		return new MigrateNodesTask(null, null, new MigrateNodesSpec("EulerOS 2.9", extend,
				new MigrateNodesTask.Login("KeyPair-001", null), null, nodes), null);
	}

	private static MigrateNodesTask migrate(StateStore store, String source, String target, MigrateNodesTask task) {
		return store.write(PROJECT, (tx) -> MigrationService.accept(tx, source, target, task));
	}

	/** The refusal, checked to have changed nothing. */
	private static CceException refusal(ProjectBuilder project, String source, String target, MigrateNodesTask task) {
		StateStore store = project.store(frozenClock());
		ProjectState before = store.read(PROJECT);
		CceException[] thrown = new CceException[1];
		assertThatThrownBy(() -> migrate(store, source, target, task)).isInstanceOfSatisfying(CceException.class,
				(ex) -> thrown[0] = ex);
		assertThat(store.read(PROJECT)).isSameAs(before);
		return thrown[0];
	}

	private static void assertRefused(CceException ex, CceError error, MigrationRule rule, String message) {
		assertThat(ex.error()).isEqualTo(error);
		assertThat(ex.rule()).isEqualTo(rule.name());
		assertThat(ex.getMessage()).contains(message);
	}

	@Test
	void returnsNotFoundForAnUnknownSourceCluster() {
		assertRefused(refusal(project(), "no-such-cluster", "b", task("n1")), CceError.NOT_FOUND,
				MigrationRule.SOURCE_CLUSTER_EXISTS, "Cluster no-such-cluster not found");
	}

	@Test
	void returnsNotFoundForAnUnknownTargetCluster() {
		assertRefused(refusal(project(), "a", "no-such-target", task("n1")), CceError.NOT_FOUND,
				MigrationRule.TARGET_CLUSTER_EXISTS, "Cluster no-such-target not found");
	}

	@Test
	void refusesMigratingIntoTheSourceCluster() {
		assertRefused(refusal(project(), "a", "a", task("n1")), CceError.INVALID_REQUEST,
				MigrationRule.DIFFERENT_CLUSTERS, "source and target cluster are the same cluster a");
	}

	@Test
	void refusesASourceClusterThatIsNotAvailable() {
		ProjectBuilder project = aProject().with(aCluster("a").inPhase("Upgrading"), aCluster("b"))
			.with(aNode("n1").in("a"));
		assertRefused(refusal(project, "a", "b", task("n1")), CceError.INVALID_REQUEST, MigrationRule.SOURCE_AVAILABLE,
				"source cluster a is Upgrading, not Available");
	}

	@Test
	void refusesATargetClusterThatIsNotAvailable() {
		ProjectBuilder project = aProject().with(aCluster("a"), aCluster("b").inPhase("Upgrading"))
			.with(aNode("n1").in("a"));
		assertRefused(refusal(project, "a", "b", task("n1")), CceError.INVALID_REQUEST, MigrationRule.TARGET_AVAILABLE,
				"target cluster b is Upgrading, not Available");
	}

	@Test
	void refusesClustersInDifferentVpcs() {
		ProjectBuilder project = aProject().with(aCluster("a"), aCluster("b").inVpc("vpc-2")).with(aNode("n1").in("a"));
		assertRefused(refusal(project, "a", "b", task("n1")), CceError.INVALID_REQUEST, MigrationRule.SAME_VPC,
				"same VPC: source is in vpc-1, target in vpc-2");
	}

	@Test
	void refusesMigratingBetweenTurboAndStandard() {
		ProjectBuilder project = aProject().with(aCluster("a"), aCluster("t").turbo()).with(aNode("n1").in("a"),
				aNode("tn").in("t"));
		assertRefused(refusal(project, "a", "t", task("n1")), CceError.INVALID_REQUEST, MigrationRule.SAME_CATEGORY,
				"between a CCE Turbo cluster and a CCE Standard cluster");
		assertRefused(refusal(project, "t", "a", task("tn")), CceError.INVALID_REQUEST, MigrationRule.SAME_CATEGORY,
				"between a CCE Turbo cluster and a CCE Standard cluster");
	}

	@Test
	void refusesMigratingBetweenDecAndNonDec() {
		ProjectBuilder project = aProject().with(aCluster("a"), aCluster("d").dec()).with(aNode("n1").in("a"));
		assertRefused(refusal(project, "a", "d", task("n1")), CceError.INVALID_REQUEST, MigrationRule.SAME_DEC,
				"between a DeC cluster and a non-DeC cluster");
	}

	@Test
	void refusesMigratingBetweenIpv6AndIpv4Clusters() {
		ProjectBuilder project = aProject().with(aCluster("a"), aCluster("v6").ipv6()).with(aNode("n1").in("a"));
		assertRefused(refusal(project, "a", "v6", task("n1")), CceError.INVALID_REQUEST, MigrationRule.SAME_IPV6,
				"between a cluster with IPv6 enabled and a cluster without");
	}

	@Test
	void checksClusterRulesBeforeNodeRules() {
		ProjectBuilder project = aProject().with(aCluster("a"), aCluster("b").inVpc("vpc-2"));
		assertRefused(refusal(project, "a", "b", task("no-such-node")), CceError.INVALID_REQUEST,
				MigrationRule.SAME_VPC, "same VPC");
	}

	@Test
	void returnsNotFoundNamingANodeThatIsNotInTheSourceCluster() {
		ProjectBuilder project = project().with(aNode("nb").in("b"));
		assertRefused(refusal(project, "a", "b", task("n1", "nb")), CceError.NOT_FOUND, MigrationRule.NODES_IN_SOURCE,
				"Node nb not found in cluster a");
	}

	@Test
	void refusesANodeThatIsNotActive() {
		ProjectBuilder project = project().with(aNode("sick").in("a").inPhase(NodePhase.ABNORMAL),
				aNode("new").in("a").inPhase(NodePhase.INSTALLING));
		assertRefused(refusal(project, "a", "b", task("n1", "sick")), CceError.INVALID_REQUEST,
				MigrationRule.NODES_ACTIVE, "node sick is Abnormal; only Active nodes can be migrated");
		assertRefused(refusal(project, "a", "b", task("new")), CceError.INVALID_REQUEST, MigrationRule.NODES_ACTIVE,
				"node new is Installing");
	}

	@Test
	void answersLockedForANodeAlreadyBeingMigrated() {
		StateStore store = project().store(frozenClock());
		String jobId = migrate(store, "a", "b", task("n1")).status().jobID();
		assertThatThrownBy(() -> migrate(store, "a", "b", task("n2", "n1"))).isInstanceOfSatisfying(CceException.class,
				(ex) -> {
					assertRefused(ex, CceError.RESOURCE_LOCKED, MigrationRule.NODES_ACTIVE,
							"node n1 is locked by other requests");
					assertThat(ex.getMessage()).contains(jobId);
				});
	}

	@Test
	void refusesANodeWithOnlyASystemDisk() {
		ProjectBuilder project = project().with(aNode("bare").in("a").withoutDataDisk());
		assertRefused(refusal(project, "a", "b", task("bare")), CceError.INVALID_REQUEST,
				MigrationRule.NODES_HAVE_DATA_DISK, "node bare has only a system disk");
	}

	@Test
	void refusesABareMetalNodeOfATurboCluster() {
		ProjectBuilder project = aProject().with(aCluster("t1").turbo(), aCluster("t2").turbo())
			.with(aNode("bms").in("t1").flavor("physical.s4.3xlarge"));
		assertRefused(refusal(project, "t1", "t2", task("bms")), CceError.INVALID_REQUEST,
				MigrationRule.NO_BMS_IN_TURBO, "is a physical (BMS) node (physical.s4.3xlarge) of a CCE Turbo cluster");
	}

	@Test
	void migratesAVirtualMachineNodeBetweenTurboClusters() {
		StateStore store = aProject().with(aCluster("t1").turbo(), aCluster("t2").turbo())
			.with(aNode("vm").in("t1"))
			.store(frozenClock());
		assertThat(migrate(store, "t1", "t2", task("vm")).status().jobID()).isNotBlank();
	}

	@Test
	void refusesNodesWithDifferentDiskTypesInOneCall() {
		ProjectBuilder project = project().with(aNode("ssd").in("a").diskType("ssd"));
		assertRefused(refusal(project, "a", "b", task("n1", "ssd")), CceError.INVALID_REQUEST,
				MigrationRule.ONE_DISK_TYPE, "share one disk type: node n1 has evs, node ssd has ssd");
	}

	@Test
	void refusesADiskTypeOtherThanTheNodesWereCreatedWith() {
		MigrateNodeExtendParam ssd = new MigrateNodeExtendParam(null, Bodies.LVM_EVS.replace("evs", "ssd"), null, null,
				null);
		ProjectBuilder project = project().with(aNode("ssd").in("a").diskType("ssd"));
		assertRefused(refusal(project, "a", "b", task(ssd, "n1")), CceError.INVALID_REQUEST,
				MigrationRule.ONE_DISK_TYPE,
				"diskType ssd in DockerLVMConfigOverride differs from the disk type the nodes were created with (evs)");
		assertThat(migrate(project.store(frozenClock()), "a", "b", task(ssd, "ssd")).status().jobID()).isNotBlank();
	}

	@Test
	void acceptsAllOfItsNodesAtOnceOrNone() {
		ProjectBuilder project = project().with(aNode("bare").in("a").withoutDataDisk());
		refusal(project, "a", "b", task("n1", "n2", "bare"));
		StateStore store = project.store(frozenClock());
		migrate(store, "a", "b", task("n1", "n2"));
		assertThat(store.read(PROJECT).nodesIn("b")).extracting((n) -> n.id()).containsExactly("n1", "n2");
		assertThat(store.read(PROJECT).nodesIn("b")).allMatch((n) -> n.phase() == NodePhase.INSTALLING);
		assertThat(store.read(PROJECT).nodesIn("a")).filteredOn((n) -> n.clusterId().equals("a"))
			.extracting((n) -> n.id() + " " + n.phase())
			.contains("n1 DELETING", "n2 DELETING", "bare ACTIVE");
	}

	@Test
	void defaultsTheRuntimeByTheTargetClustersVersion() {
		StateStore store = aProject().with(aCluster("a"), aCluster("old").version("v1.23.11-r0"))
			.with(aNode("n1").in("a"))
			.store(frozenClock());
		assertThat(migrate(store, "a", "old", task("n1")).spec().runtime().name()).isEqualTo("docker");
		assertThat(Cluster.AVAILABLE).isEqualTo(store.read(PROJECT).cluster("old").orElseThrow().phase());
	}

}
