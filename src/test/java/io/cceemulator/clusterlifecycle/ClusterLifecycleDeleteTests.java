package io.cceemulator.clusterlifecycle;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.NODE_B1;
import static io.cceemulator.support.Defaults.POOL_B;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** DeleteCluster over HTTP on a frozen clock: Deleting, then gone with its pools, nodes and (by policy) servers. */
class ClusterLifecycleDeleteTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String cluster(String id) {
		return projectPath() + "/clusters/" + id;
	}

	private String serverOf(String clusterId, String nodeId) {
		return api().get(cluster(clusterId) + "/nodes/" + nodeId).then().statusCode(200).extract().path("status.serverId");
	}

	@Test
	void deletesAClusterWithItsPoolsNodesAndTheirServers() {
		String server = serverOf(STD_B, NODE_B1);
		JsonPath deleting = api().delete(cluster(STD_B)).then().statusCode(200).extract().jsonPath();
		assertThat(deleting.getString("kind")).isEqualTo("Cluster");
		assertThat(deleting.getString("metadata.uid")).isEqualTo(STD_B);
		assertThat(deleting.getString("status.phase")).isEqualTo("Deleting");
		String jobId = deleting.getString("status.jobID");
		JsonPath job = api().get(projectPath() + "/jobs/" + jobId).then().statusCode(200).extract().jsonPath();
		assertThat(job.getString("spec.type")).isEqualTo("DeleteCluster");
		assertThat(job.getString("spec.clusterUID")).isEqualTo(STD_B);
		assertThat(api().get(cluster(STD_B)).jsonPath().getString("status.phase")).isEqualTo("Deleting");

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(api().get(projectPath() + "/jobs/" + jobId).jsonPath().getString("status.phase")).isEqualTo("Success");
		assertCceError(api().get(cluster(STD_B)), CceError.NOT_FOUND, "Cluster " + STD_B + " not found");
		assertCceError(api().get(cluster(STD_B) + "/nodes"), CceError.NOT_FOUND, STD_B);
		assertCceError(api().get(cluster(STD_B) + "/nodepools/" + POOL_B), CceError.NOT_FOUND, STD_B);
		assertThat(api().get(projectPath() + "/clusters").jsonPath().getList("items.metadata.uid")).doesNotContain(STD_B);
		admin().get("/__admin/projects/" + PROJECT + "/servers/" + server).then().statusCode(404);
	}

	@Test
	void keepsTheNodesServersRunningAndFreeWhenAskedToRetainThem() {
		String server = serverOf(STD_B, NODE_B1);
		api().delete(cluster(STD_B) + "?ondemand_node_policy=retain&delete_evs=false&delete_efs=skip&tobedeleted=true")
			.then()
			.statusCode(200);
		this.clock.advance(Duration.ofSeconds(4));
		api().get(cluster(STD_B)).then().statusCode(404);
		admin().get("/__admin/projects/" + PROJECT + "/servers/" + server)
			.then()
			.statusCode(200)
			.body("nodeId", nullValue())
			.body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
	}

	@Test
	void deletesAClusterItCreatedAndAcceptsWhatGolangsdkAdds() {
		String uid = api().body(ClusterBodies.standard("short-lived"))
			.post(projectPath() + "/clusters")
			.then()
			.statusCode(201)
			.extract()
			.path("metadata.uid");
		this.clock.advance(Duration.ofSeconds(4));
		api().delete(cluster(uid) + "?errorStatus=&delete_efs=true&delete_eni=try&delete_net=block&delete_obs=false"
				+ "&delete_sfs=true&delete_sfs30=skip&lts_reclaim_policy=true&periodic_node_policy=reset")
			.then()
			.statusCode(200);
		this.clock.advance(Duration.ofSeconds(4));
		api().get(cluster(uid)).then().statusCode(404);
	}

	@Test
	void refusesAQueryValueTheSdkDoesNotHave() {
		assertCceError(api().delete(cluster(STD_C) + "?delete_evs=yes"), CceError.INVALID_REQUEST,
				"delete_evs: must be one of true, block, try, false, skip, got 'yes'");
		assertCceError(api().delete(cluster(STD_C) + "?ondemand_node_policy=keep"), CceError.INVALID_REQUEST,
				"ondemand_node_policy");
		assertCceError(api().delete(cluster(STD_C) + "?tobedeleted=false"), CceError.INVALID_REQUEST, "tobedeleted");
		assertThat(api().get(cluster(STD_C)).jsonPath().getString("status.phase")).isEqualTo("Available");
	}

	@Test
	void refusesAnUnknownCluster() {
		assertCceError(api().delete(cluster("no-such-cluster")), CceError.NOT_FOUND, "Cluster no-such-cluster not found");
	}

	@Test
	void refusesAClusterThatIsBeingCreatedOrDeleted() {
		String uid = api().body(ClusterBodies.standard("still-creating"))
			.post(projectPath() + "/clusters")
			.then()
			.statusCode(201)
			.extract()
			.path("metadata.uid");
		assertCceError(api().delete(cluster(uid)), CceError.INVALID_REQUEST, "is Creating");
		api().delete(cluster(STD_C)).then().statusCode(200);
		assertCceError(api().delete(cluster(STD_C)), CceError.INVALID_REQUEST, "is Deleting");
	}

	@Test
	void refusesAClusterWithDeletionProtectionUntilItIsTurnedOff() {
		api().body("{\"spec\":{\"deletionProtection\":true}}").put(cluster(STD_C)).then().statusCode(200);
		assertCceError(api().delete(cluster(STD_C)), CceError.INVALID_REQUEST, "deletion protection");
		api().body("{\"spec\":{\"deletionProtection\":false}}").put(cluster(STD_C)).then().statusCode(200);
		api().delete(cluster(STD_C)).then().statusCode(200);
	}

	@Test
	void refusesAClusterAJobWorksOnAndRefusesNodeCallsOnADeletingCluster() {
		String created = api().body(ClusterBodies.node("busy-1"))
			.post(cluster(STD_C) + "/nodes")
			.then()
			.statusCode(201)
			.extract()
			.path("status.jobID");
		assertCceError(api().delete(cluster(STD_C)), CceError.RESOURCE_LOCKED, created);
		this.clock.advance(Duration.ofSeconds(4));
		api().delete(cluster(STD_C)).then().statusCode(200);
		assertCceError(api().body(ClusterBodies.node("busy-2"))
			.post(cluster(STD_C) + "/nodes"), CceError.INVALID_REQUEST, "is Deleting");
		this.clock.advance(Duration.ofSeconds(4));
		api().get(cluster(STD_C)).then().statusCode(404);
	}

	@Test
	void aCreateNodeJobOfAClusterDeletedThroughTheAdminApiEndsWithoutAnError() {
		String job = api().body(ClusterBodies.node("orphan-1"))
			.post(cluster(STD_C) + "/nodes")
			.then()
			.statusCode(201)
			.extract()
			.path("status.jobID");
		String createJob = api().body(ClusterBodies.standard("orphan-cluster"))
			.post(projectPath() + "/clusters")
			.then()
			.statusCode(201)
			.extract()
			.path("status.jobID");
		String orphan = api().get(projectPath() + "/jobs/" + createJob).jsonPath().getString("spec.clusterUID");
		admin().delete("/__admin/projects/" + PROJECT + "/clusters/" + STD_C).then().statusCode(204);
		admin().delete("/__admin/projects/" + PROJECT + "/clusters/" + orphan).then().statusCode(204);
		this.clock.advance(Duration.ofSeconds(4));
		api().get(projectPath() + "/jobs/" + job).then().statusCode(200);
		api().get(projectPath() + "/jobs/" + createJob).then().statusCode(200);
		api().get(projectPath() + "/clusters").then().statusCode(200);
	}

}
