package io.cceemulator.nodelifecycle;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.BIG;
import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static io.cceemulator.support.Defaults.UPGRADING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** CreateNode, UpdateNode and DeleteNode over HTTP, on a frozen clock: each happy path and one refusal per kind. */
class NodeChangeApiTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String nodes(String cluster) {
		return projectPath() + "/clusters/" + cluster + "/nodes";
	}

	private JsonPath create(String cluster, String body) {
		return api().body(body).post(nodes(cluster)).then().statusCode(201).extract().jsonPath();
	}

	@Test
	void createsANodeOnANewServerThatInstallsThenTurnsActive() {
		JsonPath created = create(STD_C, LifecycleBodies.create("web-1"));
		String uid = created.getString("metadata.uid");
		assertThat(created.getString("kind")).isEqualTo("Node");
		assertThat(created.getString("metadata.name")).isEqualTo("web-1");
		assertThat(created.getString("status.phase")).isEqualTo("Installing");
		assertThat(created.getString("status.serverId")).matches("[0-9a-f-]{36}");
		assertThat(created.getString("status.privateIP")).startsWith("192.168.");
		assertThat(created.getString("spec.nodeNicSpec.primaryNic.subnetId")).isEqualTo("subnet-0001");

		JsonPath job = api().get(projectPath() + "/jobs/" + created.getString("status.jobID")).then().extract().jsonPath();
		assertThat(job.getString("spec.type")).isEqualTo("ScaleupCluster");
		assertThat(job.getString("spec.clusterUID")).isEqualTo(STD_C);
		assertThat(job.getString("spec.subJobs[0].spec.type")).isEqualTo("CreateNode");
		JsonPath createNode = api().get(projectPath() + "/jobs/" + job.getString("spec.subJobs[0].metadata.uid"))
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(createNode.getString("spec.ownerJob")).isEqualTo(created.getString("status.jobID"));
		assertThat(createNode.getList("spec.subJobs.spec.type")).containsExactly("CreateNodeVM", "InstallNode");
		assertThat(createNode.getString("spec.subJobs[1].spec.resourceID")).isEqualTo(uid);

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(api().get(nodes(STD_C) + "/" + uid).jsonPath().getString("status.phase")).isEqualTo("Active");
	}

	@Test
	void renamesANodeAndItsServer() {
		JsonPath renamed = api().body("{\"metadata\":{\"name\":\"node-a01-renamed\"}}")
			.put(nodes(STD_A) + "/" + NODE_A1)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(renamed.getString("metadata.name")).isEqualTo("node-a01-renamed");
		String serverId = renamed.getString("status.serverId");
		admin().get("/__admin/projects/" + PROJECT + "/servers/" + serverId)
			.then()
			.statusCode(200)
			.body("name", equalTo("node-a01-renamed"))
			.body("nodeId", equalTo(NODE_A1));
	}

	@Test
	void deletesANodeWithItsServerAndThenAnswersNotFound() {
		JsonPath deleting = api().delete(nodes(STD_A) + "/" + NODE_A1 + "?nodepoolScaleDown=NoScaleDown")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(deleting.getString("status.phase")).isEqualTo("Deleting");
		String serverId = deleting.getString("status.serverId");
		this.clock.advance(Duration.ofSeconds(4));
		assertCceError(api().get(nodes(STD_A) + "/" + NODE_A1), CceError.NOT_FOUND, "Node " + NODE_A1 + " not found");
		admin().get("/__admin/projects/" + PROJECT + "/servers/" + serverId)
			.then()
			.statusCode(404);
	}

	@Test
	void refusesABodyWithoutAFlavorNamingTheField() {
		assertCceError(api().body("{\"spec\":{\"az\":\"cn-north-4a\",\"login\":{\"sshKey\":\"k\"},"
				+ "\"rootVolume\":{\"volumetype\":\"SAS\",\"size\":50}}}").post(nodes(STD_C)),
				CceError.INVALID_REQUEST, "spec.flavor: is required");
	}

	@Test
	void refusesANodeNameAgainstCcesGrammar() {
		assertCceError(api().body(LifecycleBodies.create("Web_1")).post(nodes(STD_C)), CceError.INVALID_REQUEST,
				"metadata.name: 'Web_1' is not a node name");
	}

	@Test
	void returnsNotFoundForAnUnknownCluster() {
		assertCceError(api().body(LifecycleBodies.create("web-1")).post(nodes("no-such-cluster")),
				CceError.NOT_FOUND, "Cluster no-such-cluster not found");
	}

	@Test
	void returnsConflictForANameTakenInTheCluster() {
		assertCceError(api().body(LifecycleBodies.create("node-a01")).post(nodes(STD_A)), CceError.ALREADY_EXISTS,
				"a node named node-a01 exists already in cluster " + STD_A);
	}

	@Test
	void refusesACreateInAClusterThatIsNotAvailable() {
		assertCceError(api().body(LifecycleBodies.create("web-1")).post(nodes(UPGRADING)), CceError.INVALID_REQUEST,
				"is Upgrading, not Available");
	}

	@Test
	void refusesANodeOverTheClusterFlavorsScale() {
		assertCceError(api().body(LifecycleBodies.create("web-1")).post(nodes(BIG)), CceError.TOO_MANY_NODES,
				"takes at most 200 nodes");
	}

	@Test
	void answersLockedForADeleteWhileTheNodeInstalls() {
		String uid = create(STD_C, LifecycleBodies.create("web-1")).getString("metadata.uid");
		assertCceError(api().delete(nodes(STD_C) + "/" + uid), CceError.RESOURCE_LOCKED,
				"node " + uid + " is locked by other requests");
	}

}
