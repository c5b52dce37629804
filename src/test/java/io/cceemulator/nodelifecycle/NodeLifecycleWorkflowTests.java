package io.cceemulator.nodelifecycle;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.NODE_A2;
import static io.cceemulator.support.Defaults.POOL_B;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A node's life around a migration, end to end: two nodes migrate from std-a to std-b, move from its DefaultPool
 * into pool-b, one is reset (from the pool's settings), the other is removed, and its server is accepted into std-c.
 */
class NodeLifecycleWorkflowTests extends ApiTest {

	private static final Duration JOB = Duration.ofSeconds(4);

	private JsonPath node(String cluster, String id) {
		return api().get(projectPath() + "/clusters/" + cluster + "/nodes/" + id).then().statusCode(200).extract().jsonPath();
	}

	private String succeeded(String jobId) {
		this.clock.advance(JOB);
		assertThat(api().get(projectPath() + "/jobs/" + jobId).jsonPath().getString("status.phase")).isEqualTo("Success");
		return jobId;
	}

	@Test
	void migratesMovesIntoAPoolResetsRemovesAndAcceptsTheServerElsewhere() {
		this.clock.freeze();
		String migration = api().body(Bodies.migrate(NODE_A1, NODE_A2))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then()
			.statusCode(200)
			.extract()
			.path("status.jobID");
		succeeded(migration);
		assertThat(node(STD_B, NODE_A1).getString("metadata.ownerReference.nodepoolName")).isEqualTo("DefaultPool");

		api().body(LifecycleBodies.nodeList(NODE_A1, NODE_A2))
			.put(projectPath() + "/clusters/" + STD_B + "/nodepools/" + POOL_B + "/nodes/migrate")
			.then()
			.statusCode(200);
		assertThat(node(STD_B, NODE_A2).getString("metadata.ownerReference.nodepoolName")).isEqualTo("pool-b");
		assertThat(node(STD_B, NODE_A2).getString("spec.k8sTags.team")).isEqualTo("b");

		String reset = api().body(LifecycleBodies.reset(NODE_A1, "Ubuntu 22.04"))
			.post(projectPath() + "/clusters/" + STD_B + "/nodes/reset")
			.then()
			.statusCode(200)
			.extract()
			.path("jobid");
		assertThat(node(STD_B, NODE_A1).getString("status.phase")).isEqualTo("Installing");
		succeeded(reset);
		JsonPath resetNode = node(STD_B, NODE_A1);
		assertThat(resetNode.getString("status.phase")).isEqualTo("Active");
		assertThat(resetNode.getString("spec.os")).as("a pool node is reinstalled from the pool").isEqualTo("EulerOS 2.9");
		assertThat(resetNode.getString("metadata.ownerReference.nodepoolID")).isEqualTo(POOL_B);

		String serverId = node(STD_B, NODE_A2).getString("status.serverId");
		String removal = api().body(LifecycleBodies.remove(NODE_A2))
			.put(projectPath() + "/clusters/" + STD_B + "/nodes/operation/remove")
			.then()
			.statusCode(200)
			.extract()
			.path("status.jobID");
		succeeded(removal);
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes/" + NODE_A2).then().statusCode(404);

		String accepted = api().body(LifecycleBodies.add(serverId))
			.post(projectPath() + "/clusters/" + STD_C + "/nodes/add")
			.then()
			.statusCode(200)
			.extract()
			.path("jobid");
		succeeded(accepted);
		JsonPath inC = api().get(projectPath() + "/clusters/" + STD_C + "/nodes").jsonPath();
		assertThat(inC.getList("items.status.serverId")).containsExactly(serverId);
		assertThat(inC.getList("items.status.phase")).containsExactly("Active");
		assertThat(inC.getString("items[0].metadata.name")).isEqualTo("node-a02");
		admin().get("/__admin/projects/" + PROJECT + "/servers/" + serverId)
			.then()
			.body("clusterId", equalTo(STD_C));
	}

}
