package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.NODE_A2;
import static io.cceemulator.support.Defaults.SERVER_FREE_1;
import static io.cceemulator.support.Defaults.SERVER_FREE_2;
import static io.cceemulator.support.Defaults.SERVER_FREE_3;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Fault plans and the journal reach the new operations: by operation name, by node, on the Nth call. */
class NodeLifecycleFaultTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private void plan(String json) {
		admin().body(json).post("/__admin/faults").then().statusCode(201);
	}

	@Test
	void failsACreatedNodesJobByTheCallsOperationNameAndLeavesTheNodeInError() {
		plan("{\"kind\":\"job\",\"operation\":\"CreateNode\",\"reason\":\"flavor sold out\"}");
		JsonPath created = api().body(LifecycleBodies.create("web-1"))
			.post(projectPath() + "/clusters/" + STD_C + "/nodes")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/jobs/" + created.getString("status.jobID"))
			.then()
			.body("status.phase", equalTo("Failed"))
			.body("status.reason", equalTo("flavor sold out"))
			.body("status.message", equalTo("flavor sold out"));
		api().get(projectPath() + "/clusters/" + STD_C + "/nodes/" + created.getString("metadata.uid"))
			.then()
			.body("status.phase", equalTo("Error"));
	}

	@Test
	void failsOneNodesPartOfARemovalAndRemovesTheOther() {
		plan("{\"kind\":\"job\",\"operation\":\"RemoveNode\",\"node\":\"" + NODE_A2 + "\",\"reason\":\"drain timed out\"}");
		String jobId = api().body(LifecycleBodies.remove(NODE_A1, NODE_A2))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/remove")
			.then()
			.statusCode(200)
			.extract()
			.path("status.jobID");
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/jobs/" + jobId)
			.then()
			.body("status.phase", equalTo("Failed"))
			.body("status.reason", equalTo("sub-job of " + NODE_A2 + " failed: drain timed out"));
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then().statusCode(404);
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A2).then().body("status.phase", equalTo("Error"));
	}

	@Test
	void errorsTheThirdCallOnlyAndJournalsEachCallWithWhatItChanged() {
		plan("{\"kind\":\"error\",\"operation\":\"AddNode\",\"after\":2,\"times\":1,\"status\":500,"
				+ "\"errorCode\":\"CCE.01500001\"}");
		String add = projectPath() + "/clusters/" + STD_C + "/nodes/add";
		api().body(LifecycleBodies.add(SERVER_FREE_1)).post(add).then().statusCode(200);
		api().body(LifecycleBodies.add(SERVER_FREE_2)).post(add).then().statusCode(200);
		api().body(LifecycleBodies.add(SERVER_FREE_3)).post(add).then().statusCode(500);
		api().body(LifecycleBodies.add(SERVER_FREE_3)).post(add).then().statusCode(200);
		api().body(LifecycleBodies.add(SERVER_FREE_3)).post(add).then().statusCode(429);

		List<Map<String, Object>> calls = admin().get("/__admin/journal?operation=AddNode")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("$");
		assertThat(calls).extracting((c) -> c.get("status")).containsExactly(200, 200, 500, 200, 429);
		assertThat(calls.get(4)).containsEntry("errorCode", "CCE.01429002").containsEntry("rule", "SERVERS_UNLOCKED");
		@SuppressWarnings("unchecked")
		Map<String, Object> changes = (Map<String, Object>) calls.get(0).get("changes");
		assertThat(changes).containsKeys("jobStarted", "nodesCreated");
	}

}
