package io.cceemulator.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

class JournalTests extends ApiTest {

	@Test
	void recordsWhatMyCodeSentAndWhatItChanged() {
		String jobId = api().body(Bodies.migrate(NODE_A1, NODE_A2))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then().extract().path("status.jobID");
		api().get(projectPath() + "/jobs/" + jobId);
		List<Map<String, Object>> calls = admin().get("/__admin/journal?operation=MigrateNode").then().statusCode(200)
			.extract().jsonPath().getList("$");
		assertThat(calls).hasSize(1);
		Map<String, Object> call = calls.get(0);
		assertThat(call).containsEntry("method", "PUT").containsEntry("status", 200).containsEntry("projectId", PROJECT);
		assertThat(call.get("requestId")).asString().hasSize(32);
		assertThat(((Map<?, ?>) call.get("changes")).get("nodesMigrating")).isEqualTo(List.of(NODE_A1, NODE_A2));
		assertThat(((Map<?, ?>) call.get("changes")).get("jobStarted")).isEqualTo(jobId);
		admin().get("/__admin/journal?operation=ShowJob").then().body("size()", equalTo(1));
	}

	@Test
	void recordsTheErrorCodeAndTheRuleOfARefusal() {
		api().body(Bodies.migrate(NODE_SYSTEM_DISK_ONLY))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B).then().statusCode(400);
		admin().get("/__admin/journal?status=400").then()
			.body("size()", equalTo(1))
			.body("[0].errorCode", equalTo("CCE.01400001"))
			.body("[0].rule", equalTo("NODES_HAVE_DATA_DISK"));
	}

	@Test
	void neverKeepsAPassword() {
		String body = "{\"spec\":{\"os\":\"EulerOS 2.9\",\"login\":{\"userPassword\":{\"password\":\"" + Bodies.SALTED_PASSWORD
				+ "\"}},\"nodes\":[{\"uid\":\"" + NODE_A1 + "\"}]}}";
		api().body(body).put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B).then().statusCode(200);
		String journal = admin().get("/__admin/journal").asString();
		assertThat(journal).doesNotContain(Bodies.SALTED_PASSWORD).contains("\"password\":\"******\"");
	}

	@Test
	void isClearedOnRequest() {
		api().get(projectPath() + "/clusters");
		admin().delete("/__admin/journal").then().statusCode(204);
		admin().get("/__admin/journal").then().body("size()", equalTo(0));
	}

}
