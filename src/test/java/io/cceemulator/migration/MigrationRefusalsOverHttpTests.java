package io.cceemulator.migration;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One refusal of each kind over HTTP against the default data, with the whole error body: a cluster or node not found
 * (404), a rule violated (400), a node locked by another job (429), and a refused call that changes nothing. Every
 * rule, in order, is tested without HTTP in {@link MigrationRulesTests}.
 */
class MigrationRefusalsOverHttpTests extends ApiTest {

	private Response migrate(String source, String target, String body) {
		return api().body(body)
			.put(projectPath() + "/clusters/" + source + "/nodes/operation/migrateto/" + target);
	}

	@Test
	void treatsAnotherProjectsClusterAsNotFound() {
		assertCceError(migrate(OTHER_PROJECT_CLUSTER, STD_B, Bodies.migrate(OTHER_PROJECT_NODE)),
				CceError.NOT_FOUND, "Cluster " + OTHER_PROJECT_CLUSTER + " not found");
		assertCceError(migrate(STD_A, OTHER_PROJECT_CLUSTER, Bodies.migrate(NODE_A1)), CceError.NOT_FOUND,
				"Cluster " + OTHER_PROJECT_CLUSTER + " not found");
	}

	@Test
	void refusesClustersInDifferentVpcs() {
		assertCceError(migrate(STD_A, OTHER_VPC, Bodies.migrate(NODE_A1)), CceError.INVALID_REQUEST,
				"same VPC: source is in vpc-0001, target in vpc-0002");
	}

	@Test
	void returnsNotFoundNamingANodeThatIsNotInTheSourceCluster() {
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(NODE_A1, NODE_B1)), CceError.NOT_FOUND,
				"Node " + NODE_B1 + " not found in cluster " + STD_A);
		assertCceError(migrate(STD_A, STD_B, Bodies.migrate(OTHER_PROJECT_NODE)), CceError.NOT_FOUND,
				"Node " + OTHER_PROJECT_NODE + " not found");
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
	void refusesABareMetalNodeOfATurboCluster() {
		assertCceError(migrate(TURBO_A, TURBO_B, Bodies.migrate(TURBO_A_BMS)), CceError.INVALID_REQUEST,
				"is a physical (BMS) node (physical.s4.3xlarge) of a CCE Turbo cluster");
	}

	@Test
	void migratesAVirtualMachineNodeBetweenTurboClusters() {
		migrate(TURBO_A, TURBO_B, Bodies.migrate(TURBO_A_NODE)).then().statusCode(200);
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
