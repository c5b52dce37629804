package io.cceemulator.migration;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A migration from accepted to Success, on a frozen clock moved by hand: 1 s Initializing, 3 s Running (the
 * defaults), then the nodes are Active in the target's DefaultPool.
 */
class MigrationJobFlowTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String migrate(String body) {
		return api().body(body)
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then()
			.statusCode(200)
			.body("apiVersion", equalTo("v3"))
			.body("kind", equalTo("MigrateNodesTask"))
			.extract()
			.path("status.jobID");
	}

	private JsonPath job(String id) {
		return api().get(projectPath() + "/jobs/" + id).then().statusCode(200).extract().jsonPath();
	}

	private JsonPath node(String cluster, String id) {
		return api().get(projectPath() + "/clusters/" + cluster + "/nodes/" + id)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
	}

	@Test
	void movesNodesThroughTheJobPhasesIntoTheTargetsDefaultPool() {
		String jobId = migrate(Bodies.migrate(NODE_A1, NODE_A2));

		JsonPath job = job(jobId);
		assertThat(job.getString("kind")).isEqualTo("Job");
		assertThat(job.getString("metadata.uid")).isEqualTo(jobId);
		assertThat(job.getString("spec.type")).isEqualTo("MigrateNode");
		assertThat(job.getString("spec.clusterUID")).isEqualTo(STD_A);
		assertThat(job.getString("status.phase")).isEqualTo("Initializing");
		assertThat(job.getList("spec.subJobs.spec.resourceID")).containsExactlyInAnyOrder(NODE_A1, NODE_A2);
		assertThat(job.getList("spec.subJobs.spec.type")).containsOnly("InstallNode");

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(job(jobId).getString("status.phase")).isEqualTo("Running");
		assertThat(job(jobId).getList("spec.subJobs.status.phase")).containsOnly("Running");
		assertThat(node(STD_A, NODE_A1).getString("status.phase")).isEqualTo("Deleting");
		JsonPath installing = node(STD_B, NODE_A1);
		assertThat(installing.getString("status.phase")).isEqualTo("Installing");
		assertThat(installing.getString("status.jobID")).isEqualTo(jobId);

		this.clock.advance(Duration.ofSeconds(3));
		JsonPath done = job(jobId);
		assertThat(done.getString("status.phase")).isEqualTo("Success");
		assertThat(done.getList("spec.subJobs.status.phase")).containsOnly("Success");
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes")
			.then()
			.body("items.metadata.uid", not(hasItem(NODE_A1)))
			.body("items.metadata.uid", not(hasItem(NODE_A2)));
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then().statusCode(404);
		JsonPath moved = node(STD_B, NODE_A1);
		assertThat(moved.getString("status.phase")).isEqualTo("Active");
		assertThat(moved.getString("spec.os")).isEqualTo("EulerOS 2.9");
		assertThat(moved.getString("spec.runtime.name")).isEqualTo("containerd");
		assertThat(moved.getString("metadata.ownerReference.nodepoolName")).isEqualTo("DefaultPool");
		assertThat(moved.getString("metadata.annotations['kubernetes.io/node-pool.id']"))
			.isEqualTo("cn-north-4a#c7.large.2#EulerOS 2.9");
	}

	@Test
	void appliesTheNewOsLoginRuntimeAndExtendParamButKeepsTheServer() {
		String serverId = node(STD_A, NODE_IN_POOL).getString("status.serverId");
		String body = """
				{"spec":{"os":"EulerOS 2.5","extendParam":{"maxPods":64,"DockerLVMConfigOverride":"%s",
				"alpha.cce/postInstall":"ZWNobyBoaQ=="},"login":{"userPassword":{"username":"ops","password":"%s"}},
				"nodes":[{"uid":"%s"}]}}""".formatted(Bodies.LVM_EVS, Bodies.SALTED_PASSWORD, NODE_IN_POOL);
		migrate(body);
		this.clock.advance(Duration.ofSeconds(4));
		JsonPath moved = node(STD_B, NODE_IN_POOL);
		assertThat(moved.getString("spec.os")).isEqualTo("EulerOS 2.5");
		assertThat(moved.getString("spec.runtime.name")).isEqualTo("docker");
		assertThat(moved.getString("spec.login.userPassword.username")).isEqualTo("ops");
		assertThat(moved.getString("spec.login.userPassword.password")).isEqualTo("******");
		assertThat(moved.getInt("spec.extendParam.maxPods")).isEqualTo(64);
		assertThat(moved.getString("spec.extendParam['alpha.cce/postInstall']")).isEqualTo("ZWNobyBoaQ==");
		assertThat(moved.getString("status.serverId")).isEqualTo(serverId);
		assertThat(moved.getString("metadata.ownerReference.nodepoolName")).isEqualTo("DefaultPool");
	}

	@Test
	void defaultsTheRuntimeByTargetVersionAndOs() {
		JsonPath toOld = api().body(Bodies.migrate(NODE_B1))
			.put(projectPath() + "/clusters/" + STD_B + "/nodes/operation/migrateto/" + STD_A)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(toOld.getString("spec.runtime.name")).isEqualTo("docker");
		assertThat(api().body(Bodies.migrate(NODE_A1))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then()
			.extract()
			.jsonPath()
			.getString("spec.runtime.name")).isEqualTo("containerd");
		assertThat(api().body(Bodies.migrateAs("EulerOS 2.5", NODE_A2))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then()
			.extract()
			.jsonPath()
			.getString("spec.runtime.name")).isEqualTo("docker");
	}

	@Test
	void showsIncomingAndArrivedNodesInTheTargetsDefaultPool() {
		migrate(Bodies.migrate(NODE_A1));
		api().get(projectPath() + "/clusters/" + STD_B + "/nodepools?showDefaultNodePool=true")
			.then()
			.statusCode(200)
			.body("items.metadata.name", contains("DefaultPool", "pool-b"))
			.body("items[0].status.creatingNode", equalTo(1))
			.body("items[1].status.creatingNode", equalTo(0));
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/clusters/" + STD_B + "/nodepools?showDefaultNodePool=true")
			.then()
			.body("items[0].status.currentNode", equalTo(2))
			.body("items[0].status.creatingNode", equalTo(0));
	}

	@Test
	void returnsNotFoundForAnUnknownJobOrAnotherProjectsJob() {
		String jobId = migrate(Bodies.migrate(NODE_A1));
		apiAs(TOKEN_B).get("/api/v3/projects/" + OTHER_PROJECT + "/jobs/" + jobId)
			.then()
			.statusCode(404)
			.body("errorCode", equalTo("CCE.01404001"));
		api().get(projectPath() + "/jobs/no-such-job").then().statusCode(404).body("message", equalTo("Job no-such-job not found"));
	}

}
