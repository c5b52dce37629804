package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Fault plans and the journal reach the node pool operations by their names. */
class NodePoolLifecycleFaultTests extends PoolApiTest {

	private void plan(String json) {
		admin().body(json).post("/__admin/faults").then().statusCode(201);
	}

	@Test
	void failsADeleteNodePoolJobAndLeavesThePoolInErrorWithItsNodesThenDeletesItOnASecondTry() {
		String poolId = create(STD_C, PoolBodies.create("web", 1)).getString("metadata.uid");
		this.clock.advance(Duration.ofSeconds(4));
		plan("{\"kind\":\"job\",\"operation\":\"DeleteNodePool\",\"times\":1,\"reason\":\"drain timed out\"}");
		String jobId = api().delete(pools(STD_C) + "/" + poolId).then().statusCode(200).extract().path("status.jobId");
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/jobs/" + jobId).then().body("status.phase", equalTo("Failed"));
		JsonPath failed = show(STD_C, poolId);
		assertThat(failed.getString("status.phase")).isEqualTo("Error");
		List<String> nodes = nodesOf(STD_C, poolId);
		assertThat(nodes).hasSize(1);
		api().get(projectPath() + "/clusters/" + STD_C + "/nodes/" + nodes.get(0))
			.then()
			.body("status.phase", equalTo("Error"));

		api().delete(pools(STD_C) + "/" + poolId).then().statusCode(200);
		this.clock.advance(Duration.ofSeconds(4));
		api().get(pools(STD_C) + "/" + poolId).then().statusCode(404);
	}

	@Test
	void errorsAScaleByItsOperationNameAndChangesNothing() {
		plan("{\"kind\":\"error\",\"operation\":\"ScaleNodePool\",\"status\":500,\"errorCode\":\"CCE.01500001\"}");
		String poolId = create(STD_C, PoolBodies.create("web", 1)).getString("metadata.uid");
		api().body(PoolBodies.scale(3)).post(pools(STD_C) + "/" + poolId + "/operation/scale").then().statusCode(500);
		assertThat(nodesOf(STD_C, poolId)).hasSize(1);
		assertThat(show(STD_C, poolId).getInt("spec.initialNodeCount")).isEqualTo(1);
	}

	@Test
	void journalsACreateWithWhatItChangedAndARefusalWithItsRule() {
		create(STD_C, PoolBodies.create("web", 2));
		api().body(PoolBodies.create("pool-a", 1)).post(pools(STD_A)).then().statusCode(409);
		List<Map<String, Object>> calls = admin().get("/__admin/journal?operation=CreateNodePool")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("$");
		assertThat(calls).extracting((c) -> c.get("status")).containsExactly(201, 409);
		@SuppressWarnings("unchecked")
		Map<String, Object> changes = (Map<String, Object>) calls.get(0).get("changes");
		assertThat(changes).containsKeys("nodePoolsCreated", "nodesCreated", "jobStarted");
		assertThat(calls.get(1)).containsEntry("errorCode", "CCE.01409001").containsEntry("rule", "POOL_NAME_FREE");
		assertThat(admin().get("/actuator/prometheus").asString())
			.contains("error_code=\"CCE.01409001\",operation=\"CreateNodePool\",status=\"409\"");
	}

}
