package io.cceemulator.migration;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of the README's rule table, in the order the rules are checked. */
class MigrationRulesTests extends ApiTest {

	private Response migrate(String source, String target, String body) {
		return api().body(body)
			.put(projectPath() + "/clusters/" + source + "/nodes/operation/migrateto/" + target);
	}

	@Test
	void returnsNotFoundForAnUnknownSourceCluster() {
		assertCceError(migrate("no-such-cluster", STD_B, Bodies.migrate(NODE_A1)), CceError.NOT_FOUND,
				"Cluster no-such-cluster not found");
	}

	@Test
	void treatsAnotherProjectsClusterAsNotFound() {
		assertCceError(migrate(OTHER_PROJECT_CLUSTER, STD_B, Bodies.migrate(OTHER_PROJECT_NODE)),
				CceError.NOT_FOUND, "Cluster " + OTHER_PROJECT_CLUSTER + " not found");
		assertCceError(migrate(STD_A, OTHER_PROJECT_CLUSTER, Bodies.migrate(NODE_A1)), CceError.NOT_FOUND,
				"Cluster " + OTHER_PROJECT_CLUSTER + " not found");
	}

	@Test
	void returnsNotFoundForAnUnknownTargetCluster() {
		assertCceError(migrate(STD_A, "no-such-target", Bodies.migrate(NODE_A1)), CceError.NOT_FOUND,
				"Cluster no-such-target not found");
	}

	@Test
	void refusesMigratingIntoTheSourceCluster() {
		assertCceError(migrate(STD_A, STD_A, Bodies.migrate(NODE_A1)), CceError.INVALID_REQUEST,
				"source and target cluster are the same cluster");
	}

	@Test
	void refusesASourceClusterThatIsNotAvailable() {
		assertCceError(migrate(UPGRADING, STD_B, Bodies.migrate("aaaaaaaa-aaaa-4bbb-8ccc-0000000000e4")),
				CceError.INVALID_REQUEST, "source cluster " + UPGRADING + " is Upgrading, not Available");
	}

	@Test
	void refusesATargetClusterThatIsNotAvailable() {
		assertCceError(migrate(STD_A, UPGRADING, Bodies.migrate(NODE_A1)), CceError.INVALID_REQUEST,
				"target cluster " + UPGRADING + " is Upgrading, not Available");
	}

	@Test
	void refusesClustersInDifferentVpcs() {
		assertCceError(migrate(STD_A, OTHER_VPC, Bodies.migrate(NODE_A1)), CceError.INVALID_REQUEST,
				"same VPC: source is in vpc-0001, target in vpc-0002");
	}

	@Test
	void refusesMigratingBetweenTurboAndStandard() {
		assertCceError(migrate(STD_A, TURBO_A, Bodies.migrate(NODE_A1)), CceError.INVALID_REQUEST,
				"between a CCE Turbo cluster and a CCE Standard cluster");
		assertCceError(migrate(TURBO_A, STD_B, Bodies.migrate(TURBO_A_NODE)), CceError.INVALID_REQUEST,
				"between a CCE Turbo cluster and a CCE Standard cluster");
	}

	@Test
	void refusesMigratingBetweenDecAndNonDec() {
		assertCceError(migrate(STD_A, DEC, Bodies.migrate(NODE_A1)), CceError.INVALID_REQUEST,
				"between a DeC cluster and a non-DeC cluster");
	}

	@Test
	void refusesMigratingBetweenIpv6AndIpv4Clusters() {
		assertCceError(migrate(STD_A, IPV6, Bodies.migrate(NODE_A1)), CceError.INVALID_REQUEST,
				"between a cluster with IPv6 enabled and a cluster without");
	}

	@Test
	void checksClusterRulesBeforeNodeRules() {
		assertCceError(migrate(STD_A, OTHER_VPC, Bodies.migrate("no-such-node")), CceError.INVALID_REQUEST,
				"same VPC");
	}

	@Test
	void returnsNotFoundNamingANodeThatIsNotInTheSourceCluster() {
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(NODE_A1, NODE_B1)), CceError.NOT_FOUND,
				"Node " + NODE_B1 + " not found in cluster " + STD_A);
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(OTHER_PROJECT_NODE)), CceError.NOT_FOUND,
				"Node " + OTHER_PROJECT_NODE + " not found");
	}

	@Test
	void refusesANodeThatIsNotActive() {
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(NODE_A1, NODE_ABNORMAL)), CceError.INVALID_REQUEST,
				"node " + NODE_ABNORMAL + " is Abnormal; only Active nodes can be migrated");
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(NODE_INSTALLING)), CceError.INVALID_REQUEST,
				"is Installing");
	}

	@Test
	void answersLockedForANodeAlreadyBeingMigrated() {
		String jobId = migrate(STD_A, STD_B, Bodies.migrate(NODE_A1)).then().statusCode(200).extract()
			.path("status.jobID");
		Response again = migrate(STD_A, STD_B, Bodies.migrate(NODE_A2, NODE_A1));
		assertCceError(again, CceError.RESOURCE_LOCKED, "node " + NODE_A1 + " is locked by other requests");
		assertThat(again.jsonPath().getString("message")).contains(jobId);
	}

	@Test
	void refusesANodeWithOnlyASystemDisk() {
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(NODE_SYSTEM_DISK_ONLY)), CceError.INVALID_REQUEST,
				"node " + NODE_SYSTEM_DISK_ONLY + " has only a system disk");
	}

	@Test
	void refusesABareMetalNodeOfATurboCluster() {
		assertCceError(migrate(TURBO_A, TURBO_B, Bodies.migrate(TURBO_A_BMS)), CceError.INVALID_REQUEST,
				"is a physical (BMS) node (physical.s4.3xlarge) of a CCE Turbo cluster");
	}

	@Test
	void migratesAVirtualMachineNodeBetweenTurboClusters() {
		migrate(TURBO_A, TURBO_B, Bodies.migrate(TURBO_A_NODE)).then().statusCode(200);
	}

	@Test
	void refusesNodesWithDifferentDiskTypesInOneCall() {
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(NODE_A1, NODE_SSD)), CceError.INVALID_REQUEST,
				"share one disk type: node " + NODE_A1 + " has evs, node " + NODE_SSD + " has ssd");
	}

	@Test
	void refusesADiskTypeOtherThanTheNodesWereCreatedWith() {
		String ssd = "{\"DockerLVMConfigOverride\":\"" + Bodies.LVM_EVS.replace("evs", "ssd") + "\"}";
		assertCceError(migrate(STD_A, STD_B, Bodies.migrateWithExtend(ssd, NODE_A1)), CceError.INVALID_REQUEST,
				"diskType ssd in DockerLVMConfigOverride differs from the disk type the nodes were created with (evs)");
		migrate(STD_A, STD_B, Bodies.migrateWithExtend(ssd, NODE_SSD)).then().statusCode(200);
	}

	@Test
	void aRefusedCallChangesNothing() {
		migrate(STD_A, STD_B, Bodies.migrate(NODE_A1, NODE_A2, NODE_SYSTEM_DISK_ONLY)).then().statusCode(400);
		for (String node : new String[] { NODE_A1, NODE_A2, NODE_SYSTEM_DISK_ONLY }) {
			api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + node)
				.then()
				.statusCode(200)
				.body("status.phase", org.hamcrest.Matchers.equalTo("Active"));
		}
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes")
			.then()
			.body("items.metadata.uid", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(NODE_A1)));
	}

}
