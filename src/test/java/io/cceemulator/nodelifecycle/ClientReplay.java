package io.cceemulator.nodelifecycle;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import io.cceemulator.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the replays of real clients share: the emulator's clock in manual mode, moved through the admin API by the
 * delays those clients wait (instead of waiting them), and the calls they repeat, with the status codes they accept.
 */
abstract class ClientReplay extends ApiTest {

	/** The manual clock, as a test of a client would set it through the admin API. */
	void manualClock() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock").then().statusCode(200);
	}

	/** What the client's {@code Delay} or poll interval would have waited for. */
	void waitFor(String isoDuration) {
		admin().body("{\"by\":\"" + isoDuration + "\"}").post("/__admin/clock/advance").then().statusCode(200);
	}

	/** Terraform waits for the cluster to be Available before any node call ({@code clusterStateRefreshFunc}). */
	void waitForAvailableCluster(String clusterId) {
		assertThat(api().get(projectPath() + "/clusters/" + clusterId).then().statusCode(200).extract()
			.path("status.phase").toString()).isEqualTo("Available");
	}

	/** {@code waitForJobStatus} until Success: Initializing and Running are pending, anything else fails. */
	JsonPath jobSucceeded(String jobId) {
		JsonPath job = api().get(projectPath() + "/jobs/" + jobId).then().statusCode(200).extract().jsonPath();
		assertThat(job.getString("status.phase")).as(job.prettify()).isEqualTo("Success");
		return job;
	}

	/**
	 * Terraform's {@code getResourceIDFromJob(…, "CreateNode", "InstallNode")}: the parent's CreateNode sub-job, fetched
	 * by its id, names the node in its InstallNode sub-job.
	 */
	String nodeIdFromJobTree(JsonPath parent) {
		String subJobId = parent.getString("spec.subJobs.find { it.spec.type == 'CreateNode' }.metadata.uid");
		assertThat(subJobId).as("a CreateNode sub-job in " + parent.prettify()).isNotNull();
		JsonPath subJob = api().get(projectPath() + "/jobs/" + subJobId).then().statusCode(200).extract().jsonPath();
		String nodeId = subJob.getString("spec.subJobs.find { it.spec.type == 'InstallNode' }.spec.resourceID");
		assertThat(nodeId).as("an InstallNode sub-job in " + subJob.prettify()).isNotBlank();
		return nodeId;
	}

	Response showNode(String clusterId, String nodeId) {
		return api().get(projectPath() + "/clusters/" + clusterId + "/nodes/" + nodeId);
	}

	/** {@code nodeStateRefreshFunc(…, ["Active"])}: Build and Installing are pending; Error, Shelved, Unknow fail. */
	void nodeActive(String clusterId, String nodeId) {
		assertThat(showNode(clusterId, nodeId).then().statusCode(200).extract().path("status.phase").toString())
			.isEqualTo("Active");
	}

	/** A deleted node is told by 404 alone ({@code nodeStateRefreshFunc(…, nil)}, {@code CheckDeleted}). */
	void nodeGone(String clusterId, String nodeId) {
		showNode(clusterId, nodeId).then().statusCode(404);
	}

}
