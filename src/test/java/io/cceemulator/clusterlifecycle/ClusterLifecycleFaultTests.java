package io.cceemulator.clusterlifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.NODE_B1;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Fault plans and the journal reach the cluster operations by their names. */
class ClusterLifecycleFaultTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private void plan(String json) {
		admin().body(json).post("/__admin/faults").then().statusCode(201);
	}

	private String cluster(String id) {
		return projectPath() + "/clusters/" + id;
	}

	@Test
	void failsACreateClusterJobAndLeavesTheClusterInErrorWhichCanStillBeDeleted() {
		plan("{\"kind\":\"job\",\"operation\":\"CreateCluster\",\"reason\":\"master flavor sold out\"}");
		JsonPath created = api().body(ClusterBodies.standard("doomed"))
			.post(projectPath() + "/clusters")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/jobs/" + created.getString("status.jobID"))
			.then()
			.body("status.phase", equalTo("Failed"))
			.body("status.reason", equalTo("master flavor sold out"));
		String uid = created.getString("metadata.uid");
		api().get(cluster(uid)).then().body("status.phase", equalTo("Error"));
		api().delete(cluster(uid)).then().statusCode(200);
		this.clock.advance(Duration.ofSeconds(4));
		api().get(cluster(uid)).then().statusCode(404);
	}

	@Test
	void failsADeleteClusterJobAndKeepsTheClusterWithItsNodesInError() {
		plan("{\"kind\":\"job\",\"operation\":\"DeleteCluster\",\"reason\":\"ELB still bound\"}");
		String jobId = api().delete(cluster(STD_B)).then().statusCode(200).extract().path("status.jobID");
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/jobs/" + jobId).then().body("status.phase", equalTo("Failed"));
		api().get(cluster(STD_B)).then().statusCode(200).body("status.phase", equalTo("Error"));
		api().get(cluster(STD_B) + "/nodes/" + NODE_B1).then().statusCode(200);
	}

	@Test
	void errorsACallByItsOperationNameWithoutChangingAnything() {
		plan("{\"kind\":\"error\",\"operation\":\"DeleteCluster\",\"times\":1,\"status\":500,"
				+ "\"errorCode\":\"CCE.01500001\"}");
		api().delete(cluster(STD_C)).then().statusCode(500);
		api().get(cluster(STD_C)).then().body("status.phase", equalTo("Available"));
		api().delete(cluster(STD_C)).then().statusCode(200);
	}

	@Test
	void journalsAndCountsEachCallWithItsRuleAndMasksTheProxysPrivateKey() throws InterruptedException {
		String body = ClusterBodies.standard("journaled")
			.replace("{\"mode\":\"rbac\"}", "{\"mode\":\"authenticating_proxy\",\"authenticatingProxy\":{\"ca\":\"Q0E=\","
					+ "\"cert\":\"Q0VSVA==\",\"privateKey\":\"VkVSWS1TRUNSRVQ=\"}}");
		api().body(body).post(projectPath() + "/clusters").then().statusCode(201);
		api().body(body).post(projectPath() + "/clusters").then().statusCode(409);
		List<Map<String, Object>> calls = admin().get("/__admin/journal?operation=CreateCluster")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("$");
		assertThat(calls).extracting((c) -> c.get("status")).containsExactly(201, 409);
		assertThat(calls.get(1)).containsEntry("errorCode", "CCE.01409001").containsEntry("rule", "NAME_FREE");
		assertThat(admin().get("/__admin/journal?operation=CreateCluster").asString()).doesNotContain("VkVSWS1TRUNSRVQ=");
		assertThat(counted("CreateCluster", "409", "CCE.01409001")).as("the metric of the refused create").isTrue();
	}

	/** Whether the Prometheus scrape has counted a call so (a call is counted once its response is complete). */
	private boolean counted(String operation, String status, String errorCode) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			boolean found = io.restassured.RestAssured.given()
				.port(this.port)
				.get("/actuator/prometheus")
				.asString()
				.lines()
				.anyMatch((line) -> line.startsWith("cce_requests_total{") && line.contains("operation=\"" + operation + "\"")
						&& line.contains("status=\"" + status + "\"") && line.contains("error_code=\"" + errorCode + "\""));
			if (found) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

}
