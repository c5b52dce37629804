package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.Collections;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.NODE_ABNORMAL;
import static io.cceemulator.support.Defaults.NODE_B1;
import static io.cceemulator.support.Defaults.NODE_IN_POOL;
import static io.cceemulator.support.Defaults.POOL_A;
import static io.cceemulator.support.Defaults.POOL_B;
import static io.cceemulator.support.Defaults.SERVER_FREE_1;
import static io.cceemulator.support.Defaults.SERVER_FREE_3;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** AddNodesToNodePool and MigrateToNodePool over HTTP: each happy path and one refusal per kind. */
class PoolMoveApiTests extends ApiTest {

	private static final String NODE_EULER_25 = "33333333-aaaa-4bbb-8ccc-0000000000ac";

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String pool(String cluster, String pool) {
		return projectPath() + "/clusters/" + cluster + "/nodepools/" + pool;
	}

	private Response migrate(String cluster, String pool, String... nodes) {
		return api().body(LifecycleBodies.nodeList(nodes)).put(pool(cluster, pool) + "/nodes/migrate");
	}

	@Test
	void acceptsAFreeServerIntoACustomPoolWithThePoolsSettings() {
		String jobId = api().body(LifecycleBodies.serverList(SERVER_FREE_1))
			.post(pool(STD_B, POOL_B) + "/nodes/add")
			.then()
			.statusCode(200)
			.extract()
			.path("jobid");
		assertThat(api().get(projectPath() + "/jobs/" + jobId).jsonPath().getString("spec.type"))
			.isEqualTo("AddNodesToNodePool");
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes")
			.then()
			.body("items.find { it.status.serverId == '" + SERVER_FREE_1 + "' }.status.phase", equalTo("Active"))
			.body("items.find { it.status.serverId == '" + SERVER_FREE_1 + "' }.metadata.ownerReference.nodepoolName",
					equalTo("pool-b"))
			.body("items.find { it.status.serverId == '" + SERVER_FREE_1 + "' }.spec.k8sTags.team", equalTo("b"))
			.body("items.find { it.status.serverId == '" + SERVER_FREE_1 + "' }.spec.runtime.name",
					equalTo("containerd"));
	}

	@Test
	void refusesAServerThatDoesNotMatchThePool() {
		assertCceError(api().body(LifecycleBodies.serverList(SERVER_FREE_3)).post(pool(STD_B, POOL_B) + "/nodes/add"),
				CceError.INVALID_REQUEST, "(c7.xlarge.2 in cn-north-4a) does not match node pool " + POOL_B);
	}

	@Test
	void movesADefaultPoolNodeIntoACustomPoolWithoutAReinstall() {
		migrate(STD_B, POOL_B, NODE_B1).then().statusCode(200);
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes/" + NODE_B1)
			.then()
			.body("status.phase", equalTo("Active"))
			.body("metadata.ownerReference.nodepoolID", equalTo(POOL_B))
			.body("metadata.annotations['kubernetes.io/node-pool.id']", equalTo(POOL_B))
			.body("spec.k8sTags.team", equalTo("b"))
			.body("spec.taints[0].effect", equalTo("NoSchedule"))
			.body("spec.login.sshKey", equalTo("KeyPair-001"));
		api().get(pool(STD_B, POOL_B)).then().body("status.currentNode", equalTo(1));
	}

	@Test
	void returnsNotFoundForAnUnknownPoolAndRefusesTheDefaultPool() {
		assertCceError(migrate(STD_A, "no-such-pool", NODE_A1), CceError.NOT_FOUND, "Node pool no-such-pool not found");
		assertCceError(migrate(STD_A, "DefaultPool", NODE_A1), CceError.INVALID_REQUEST,
				"DefaultPool is not a custom node pool");
	}

	@Test
	void movesOnlyActiveDefaultPoolNodesThatMatchThePool() {
		assertCceError(migrate(STD_A, POOL_A, NODE_IN_POOL), CceError.INVALID_REQUEST,
				"only DefaultPool nodes can be migrated into a custom pool");
		assertCceError(migrate(STD_A, POOL_A, NODE_ABNORMAL), CceError.INVALID_REQUEST, "is Abnormal; only Active");
		assertCceError(migrate(STD_A, POOL_A, NODE_EULER_25), CceError.INVALID_REQUEST,
				"has OS EulerOS 2.5, node pool " + POOL_A + " EulerOS 2.9");
	}

	@Test
	void refusesMoreThanFiftyNodes() {
		assertCceError(migrate(STD_A, POOL_A, Collections.nCopies(51, NODE_A1).toArray(String[]::new)),
				CceError.INVALID_REQUEST, "nodeList: must list 1 to 50 nodes");
	}

}
