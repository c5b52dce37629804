package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.Collections;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.NODE_A2;
import static io.cceemulator.support.Defaults.NODE_ABNORMAL;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.SERVER_FREE_1;
import static io.cceemulator.support.Defaults.SERVER_FREE_2;
import static io.cceemulator.support.Defaults.SERVER_NO_DATA_DISK;
import static io.cceemulator.support.Defaults.SERVER_ONE_VCPU;
import static io.cceemulator.support.Defaults.SERVER_OTHER_VPC;
import static io.cceemulator.support.Defaults.SERVER_STOPPED;
import static io.cceemulator.support.Defaults.SERVER_TWO_GIB;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** RemoveNode, AddNode and ResetNode over HTTP, on a frozen clock: each happy path and one refusal per kind. */
class RemoveAddResetApiTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String cluster(String id) {
		return projectPath() + "/clusters/" + id;
	}

	private Response add(String cluster, String body) {
		return api().body(body).post(cluster(cluster) + "/nodes/add");
	}

	private JsonPath server(String serverId) {
		return admin().get("/__admin/projects/" + PROJECT + "/servers/" + serverId).then().extract().jsonPath();
	}

	@Test
	void removesNodesWithoutALoginAndLeavesTheirServersRunningAndFree() {
		String serverId = api().get(cluster(STD_A) + "/nodes/" + NODE_A1).jsonPath().getString("status.serverId");
		JsonPath removed = api().body(LifecycleBodies.remove(NODE_A1, NODE_A2))
			.put(cluster(STD_A) + "/nodes/operation/remove")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(removed.getString("kind")).isEqualTo("RemoveNodesTask");
		assertThat(removed.getList("spec.nodes.uid")).containsExactly(NODE_A1, NODE_A2);
		String jobId = removed.getString("status.jobID");
		JsonPath job = api().get(projectPath() + "/jobs/" + jobId).jsonPath();
		assertThat(job.getString("spec.type")).isEqualTo("RemoveNode");
		assertThat(job.getList("spec.subJobs.spec.resourceID")).containsExactly(NODE_A1, NODE_A2);
		assertThat(api().get(cluster(STD_A) + "/nodes/" + NODE_A1).jsonPath().getString("status.phase"))
			.isEqualTo("Deleting");
		this.clock.advance(Duration.ofSeconds(4));
		api().get(cluster(STD_A) + "/nodes/" + NODE_A1).then().statusCode(404);
		assertThat(server(serverId).getString("status")).isEqualTo("ACTIVE");
		assertThat(server(serverId).getString("nodeId")).isNull();
	}

	@Test
	void masksAPasswordInTheRemoveAnswer() {
		String body = """
				{"spec":{"login":{"userPassword":{"username":"ops","password":"%s"}},"nodes":[{"uid":"%s"}]}}"""
			.formatted(Bodies.SALTED_PASSWORD, NODE_A1);
		api().body(body)
			.put(cluster(STD_A) + "/nodes/operation/remove")
			.then()
			.statusCode(200)
			.body("spec.login.userPassword.username", equalTo("ops"))
			.body("spec.login.userPassword.password", equalTo("******"));
	}

	@Test
	void acceptsAFreeServerAsANodeWhoseJobTreeNamesIt() {
		String jobId = add(STD_C, LifecycleBodies.add(SERVER_FREE_1)).then().statusCode(200).extract().path("jobid");
		JsonPath job = api().get(projectPath() + "/jobs/" + jobId).jsonPath();
		assertThat(job.getString("spec.type")).isEqualTo("AddNode");
		JsonPath createNode = api().get(projectPath() + "/jobs/" + job.getString("spec.subJobs[0].metadata.uid"))
			.jsonPath();
		assertThat(createNode.getString("spec.type")).isEqualTo("CreateNode");
		String uid = createNode.getString("spec.subJobs.find { it.spec.type == 'InstallNode' }.spec.resourceID");
		JsonPath node = api().get(cluster(STD_C) + "/nodes/" + uid).jsonPath();
		assertThat(node.getString("status.phase")).isEqualTo("Installing");
		assertThat(node.getString("status.serverId")).isEqualTo(SERVER_FREE_1);
		assertThat(node.getString("metadata.name")).isEqualTo("ecs-free-01");
		assertThat(node.getString("spec.runtime.name")).isEqualTo("containerd");
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(api().get(cluster(STD_C) + "/nodes/" + uid).jsonPath().getString("status.phase")).isEqualTo("Active");
		assertThat(server(SERVER_FREE_1).getString("clusterId")).isEqualTo(STD_C);
	}

	@Test
	void resetsANodeInPlaceWithTheNewOsLoginLabelsAndTaints() {
		String jobId = api().body(LifecycleBodies.reset(NODE_ABNORMAL, "Huawei Cloud EulerOS 2.0"))
			.post(cluster(STD_A) + "/nodes/reset")
			.then()
			.statusCode(200)
			.extract()
			.path("jobid");
		assertThat(api().get(projectPath() + "/jobs/" + jobId).jsonPath().getString("spec.type")).isEqualTo("ResetNode");
		this.clock.advance(Duration.ofSeconds(4));
		api().get(cluster(STD_A) + "/nodes/" + NODE_ABNORMAL)
			.then()
			.body("status.phase", equalTo("Active"))
			.body("spec.os", equalTo("Huawei Cloud EulerOS 2.0"))
			.body("spec.login.sshKey", equalTo("KeyPair-002"))
			.body("spec.runtime.name", equalTo("docker"))
			.body("spec.k8sTags.role", equalTo("web"))
			.body("spec.taints[0].key", equalTo("gpu"))
			.body("metadata.uid", equalTo(NODE_ABNORMAL));
	}

	@Test
	void refusesAPlainTextPasswordNamingTheField() {
		String body = LifecycleBodies.add(SERVER_FREE_1)
			.replace("\"sshKey\":\"KeyPair-001\",", "")
			.replace("\"username\":\"\",\"password\":\"\"", "\"username\":\"root\",\"password\":\"Secret@123\"");
		assertCceError(add(STD_C, body), CceError.INVALID_REQUEST, "nodeList[0].spec.login.userPassword.password: "
				+ "must be the salted password");
	}

	@Test
	void refusesMoreThanTwoHundredNodes() {
		assertCceError(add(STD_C, LifecycleBodies.add(Collections.nCopies(201, SERVER_FREE_1).toArray(String[]::new))),
				CceError.INVALID_REQUEST, "nodeList: must list 1 to 200 nodes");
	}

	@Test
	void returnsNotFoundForAnUnknownServer() {
		assertCceError(add(STD_C, LifecycleBodies.add("00000000-0000-4000-8000-000000000000")), CceError.NOT_FOUND,
				"Server 00000000-0000-4000-8000-000000000000 not found");
	}

	@Test
	void returnsConflictForAServerANodeRunsOn() {
		String serverId = api().get(cluster(STD_A) + "/nodes/" + NODE_A1).jsonPath().getString("status.serverId");
		assertCceError(add(STD_C, LifecycleBodies.add(serverId)), CceError.ALREADY_EXISTS,
				"server " + serverId + " is already node " + NODE_A1);
	}

	@Test
	void answersLockedForAServerAnotherAcceptIsInstalling() {
		add(STD_C, LifecycleBodies.add(SERVER_FREE_2)).then().statusCode(200);
		assertCceError(add(STD_A, LifecycleBodies.add(SERVER_FREE_2)), CceError.RESOURCE_LOCKED,
				"server " + SERVER_FREE_2 + " is locked by other requests");
	}

	@Test
	void refusesServersCceCannotTake() {
		assertCceError(add(STD_C, LifecycleBodies.add(SERVER_STOPPED)), CceError.INVALID_REQUEST, "is SHUTOFF, not running");
		assertCceError(add(STD_C, LifecycleBodies.add(SERVER_OTHER_VPC)), CceError.INVALID_REQUEST,
				"is in vpc-0002; only servers in the cluster's VPC vpc-0001 can be accepted");
		assertCceError(add(STD_C, LifecycleBodies.add(SERVER_ONE_VCPU)), CceError.INVALID_REQUEST,
				"has 1 vCPUs and 2 GiB; nodes need at least 2 vCPUs and 4 GiB");
		assertCceError(add(STD_C, LifecycleBodies.add(SERVER_TWO_GIB)), CceError.INVALID_REQUEST,
				"has 2 vCPUs and 2 GiB");
		assertCceError(add(STD_C, LifecycleBodies.add(SERVER_NO_DATA_DISK)), CceError.INVALID_REQUEST,
				"has no data disk of at least 20 GiB");
		assertThat(server(SERVER_STOPPED).getString("nodeId")).isNull();
		admin().get("/__admin/projects/" + PROJECT + "/servers/" + SERVER_ONE_VCPU).then().body("clusterId", nullValue());
	}

}
