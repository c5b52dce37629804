package io.cceemulator.nodelifecycle;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.NODE_A2;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.SERVER_FREE_1;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/**
 * The calls of terraform-provider-huaweicloud's node resources, in their order, with the bodies golangsdk marshals
 * and the status codes it accepts (golangsdk {@code openstack/cce/v3/nodes/requests.go}: Create 201 only; Add, Get,
 * Delete and Remove 200 only; Reset the defaults). Their delays (120 s before the first job poll, 20 s before the
 * first node poll, 60 s after a delete, 90 s after a remove) pass on the emulator's manual clock.
 */
class TerraformReplayTests extends ClientReplay {

	@BeforeEach
	void manual() {
		manualClock();
	}

	/** golangsdk's CreateOpts for {@code huaweicloud_cce_node}: zero structs and an empty subnet are sent too. */
	private static final String CREATE = """
			{"kind":"Node","apiVersion":"v3","metadata":{"name":"tf-node"},"spec":{"flavor":"c7.large.2",
			"az":"cn-north-4a","os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001","userPassword":{"username":"",
			"password":""}},"rootVolume":{"size":40,"volumetype":"SSD"},"dataVolumes":[{"size":100,"volumetype":"SSD"}],
			"publicIP":{"eip":{"bandwidth":{}}},"count":1,"nodeNicSpec":{"primaryNic":{}},"extendParam":{}}}""";

	@Test
	void huaweicloudCceNodeCreatesWalksTheJobTreeWaitsForActiveAndDeletesUntilNotFound() {
		waitForAvailableCluster(STD_C);
		String jobId = api().body(CREATE)
			.post(projectPath() + "/clusters/" + STD_C + "/nodes")
			.then()
			.statusCode(201)
			.extract()
			.path("status.jobID");
		waitFor("PT120S");
		String nodeId = nodeIdFromJobTree(jobSucceeded(jobId));
		waitFor("PT20S");
		nodeActive(STD_C, nodeId);
		JsonPath read = showNode(STD_C, nodeId).then().statusCode(200).extract().jsonPath();
		assertThat(read.getString("status.serverId")).isNotBlank();
		// Read's ECS lookups are warn-only: a gateway 404 from the emulator is what a missing ECS endpoint gives
		api().get("/v1/" + PROJECT + "/cloudservers/" + read.getString("status.serverId")).then().statusCode(404);

		api().delete(projectPath() + "/clusters/" + STD_C + "/nodes/" + nodeId).then().statusCode(200);
		waitFor("PT60S");
		nodeGone(STD_C, nodeId);
	}

	@Test
	void huaweicloudCceNodesRemoveSendsNoLoginAndWaitsForTheJob() {
		waitForAvailableCluster(STD_A);
		String body = """
				{"kind":"RemoveNodesTask","apiVersion":"v3","spec":{"nodes":[{"uid":"%s"},{"uid":"%s"}]}}"""
			.formatted(NODE_A1, NODE_A2);
		String jobId = api().body(body)
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/remove")
			.then()
			.statusCode(200)
			.extract()
			.path("status.jobID");
		waitFor("PT90S");
		jobSucceeded(jobId);
		nodeGone(STD_A, NODE_A1);
		nodeGone(STD_A, NODE_A2);
	}

	@Test
	void huaweicloudCceNodeAttachAddsResetsAndRemovesUntilNotFound() {
		waitForAvailableCluster(STD_C);
		String added = api().body(LifecycleBodies.add(SERVER_FREE_1))
			.post(projectPath() + "/clusters/" + STD_C + "/nodes/add")
			.then()
			.statusCode(200)
			.extract()
			.path("jobid");
		waitFor("PT120S");
		String nodeId = nodeIdFromJobTree(jobSucceeded(added));
		waitFor("PT20S");
		nodeActive(STD_C, nodeId);

		String reset = api().body(LifecycleBodies.reset(nodeId, "Huawei Cloud EulerOS 2.0"))
			.post(projectPath() + "/clusters/" + STD_C + "/nodes/reset")
			.then()
			.statusCode(200)
			.extract()
			.path("jobid");
		waitFor("PT120S");
		assertThat(nodeIdFromJobTree(jobSucceeded(reset))).isEqualTo(nodeId);
		waitFor("PT20S");
		nodeActive(STD_C, nodeId);

		String remove = """
				{"spec":{"login":{"sshKey":"KeyPair-001","userPassword":{"username":"","password":""}},
				"nodes":[{"uid":"%s"}]}}""".formatted(nodeId);
		api().body(remove).put(projectPath() + "/clusters/" + STD_C + "/nodes/operation/remove").then().statusCode(200);
		waitFor("PT60S");
		nodeGone(STD_C, nodeId);
		admin().get("/__admin/projects/" + PROJECT + "/servers/" + SERVER_FREE_1)
			.then()
			.statusCode(200)
			.body("nodeId", nullValue());
	}

}
