package io.cceemulator.admin;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

class AdminApiTests extends ApiTest {

	private String migrate(String... nodes) {
		return api().body(Bodies.migrate(nodes))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then()
			.statusCode(200)
			.extract()
			.path("status.jobID");
	}

	@Test
	void resetForgetsChangesJobsAndFaults() {
		String jobId = migrate(NODE_A1);
		admin().body("{\"kind\":\"error\",\"status\":500,\"errorCode\":\"CCE.01500001\"}").post("/__admin/faults");
		JsonPath reset = admin().post("/__admin/reset").then().statusCode(200).extract().jsonPath();
		assertThat(reset.getDouble("tookMillis")).isLessThan(5_000);
		api().get(projectPath() + "/jobs/" + jobId).then().statusCode(404);
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then().statusCode(200)
			.body("status.phase", equalTo("Active"));
		admin().get("/__admin/faults").then().body("size()", equalTo(0));
	}

	@Test
	void exportsAStateThatLoadsBackAsItWas() {
		admin().body("{\"phase\":\"Hibernation\"}").patch("/__admin/projects/" + PROJECT + "/clusters/" + STD_B)
			.then().statusCode(200).body("phase", equalTo("Hibernation"));
		String exported = admin().get("/__admin/data").then().statusCode(200).extract().asString();
		assertThat(exported).doesNotContain("emulator-token", "\"sk\"", "password\":\"");
		admin().post("/__admin/reset");
		admin().body(exported).put("/__admin/data").then().statusCode(200);
		api().get(projectPath() + "/clusters/" + STD_B).then().body("status.phase", equalTo("Hibernation"));
		assertThat(admin().get("/__admin/data").then().extract().asString()).isEqualTo(exported);
	}

	@Test
	void refusesInvalidDataAndKeepsTheState() {
		admin().body("{\"projects\":[{\"id\":\"p\",\"clusters\":[{\"id\":\"c\"}]}]}").put("/__admin/data")
			.then().statusCode(400).body("code", equalTo("BAD_REQUEST")).body("message", equalTo("cluster c: needs a vpc"));
		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(200);
	}

	@Test
	void buildsATenThousandNodeClusterInOneCall() {
		admin().body("{\"id\":\"c-bulk\",\"name\":\"bulk\",\"vpc\":\"vpc-0001\"}")
			.post("/__admin/projects/" + PROJECT + "/clusters").then().statusCode(201);
		admin().body("{\"nodeSets\":[{\"count\":10000,\"namePrefix\":\"n\",\"template\":{\"dataVolumes\":[{\"volumetype\":\"SAS\",\"size\":100}]}}]}")
			.post("/__admin/projects/" + PROJECT + "/clusters/c-bulk/nodes")
			.then().statusCode(201).body("created", equalTo(10000));
		List<String> ids = api().get(projectPath() + "/clusters/c-bulk/nodes").then().extract().path("items.metadata.uid");
		assertThat(ids).hasSize(10000).doesNotHaveDuplicates();
		api().body(Bodies.migrate(ids.get(0), ids.get(1))).put(projectPath() + "/clusters/c-bulk/nodes/operation/migrateto/" + STD_B)
			.then().statusCode(200);
	}

	@Test
	void changesAndDeletesNodesOneByOne() {
		admin().body("{\"phase\":\"Abnormal\"}").patch("/__admin/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/" + NODE_A1)
			.then().statusCode(200);
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then().body("status.phase", equalTo("Abnormal"));
		admin().delete("/__admin/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/" + NODE_A2).then().statusCode(204);
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes").then().body("items.metadata.uid", not(hasItem(NODE_A2)));
		admin().body("{\"id\":\"" + NODE_A1 + "\"}").post("/__admin/projects/" + PROJECT + "/clusters/" + STD_B + "/nodes")
			.then().statusCode(400);
		admin().body("{\"nodes\":[{\"id\":\"" + NODE_A1 + "\"}]}").post("/__admin/projects/" + PROJECT + "/clusters/" + STD_B + "/nodes")
			.then().statusCode(409).body("message", equalTo("node " + NODE_A1 + " exists already"));
	}

	@Test
	void addsAnImageForNodeImageId() {
		admin().body("{\"id\":\"img-ubuntu\",\"os\":\"Ubuntu 22.04\"}").post("/__admin/projects/" + PROJECT + "/images")
			.then().statusCode(201);
		String body = Bodies.migrateWithExtend("{\"alpha.cce/NodeImageID\":\"img-ubuntu\"}", NODE_A1).replace("EulerOS 2.9", "Ubuntu 22.04");
		api().body(body).put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B).then().statusCode(200);
	}

	@Test
	void forcesAJobsOutcome() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock").then().statusCode(200);
		String jobId = migrate(NODE_A1);
		admin().post("/__admin/jobs/" + jobId + "/succeed").then().statusCode(200).body("phase", equalTo("Success"));
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes/" + NODE_A1).then().body("status.phase", equalTo("Active"));
		admin().post("/__admin/jobs/" + jobId + "/fail").then().statusCode(409);
		String second = migrate(NODE_A2);
		admin().body(Map.of("reason", "quota")).post("/__admin/jobs/" + second + "/fail").then().statusCode(200);
		api().get(projectPath() + "/jobs/" + second).then().body("status.phase", equalTo("Failed"))
			.body("status.reason", equalTo("quota"));
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A2).then().body("status.phase", equalTo("Active"));
		assertThat(admin().get("/__admin/jobs?phase=Failed").then().extract().jsonPath().getList("id")).containsExactly(second);
	}

	@Test
	void deletingAMigrationsTargetClusterFailsItsJobAndLeavesTheNodeInItsSource() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock").then().statusCode(200);
		String jobId = migrate(NODE_A1);
		admin().delete("/__admin/projects/" + PROJECT + "/clusters/" + STD_B).then().statusCode(204);
		api().get(projectPath() + "/jobs/" + jobId).then().body("status.phase", equalTo("Failed"));
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then().statusCode(200)
			.body("status.phase", equalTo("Active"));
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes").then().body("items.metadata.uid", hasItem(NODE_A1));
		String exported = admin().get("/__admin/data").then().statusCode(200).extract().asString();
		assertThat(exported).contains(NODE_A1);
		admin().body(exported).put("/__admin/data").then().statusCode(200);
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then().body("status.phase", equalTo("Active"));
	}

	@Test
	void answersItsOwnErrorShape() {
		admin().get("/__admin/jobs/none").then().statusCode(404).body("status", equalTo(404))
			.body("code", equalTo("NOT_FOUND")).body("message", equalTo("job none not found"));
		admin().body("{").put("/__admin/data").then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
		admin().get("/__admin/nothing").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
	}

}
