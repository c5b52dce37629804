package io.cceemulator.clusterlifecycle;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls of terraform-provider-huaweicloud's {@code huaweicloud_cce_cluster}, in their order, with the bodies
 * golangsdk marshals and the status codes it accepts (golangsdk {@code openstack/cce/v3/clusters/requests.go}: Create
 * 201 only; Get, Update and DeleteWithOpts 200 only; GetCert the POST defaults, 200, 201 or 202). Its delays (150 s
 * before the first job poll, 20 s before the first cluster poll, 60 s after the delete, polls every 20 s) pass on the
 * emulator's manual clock.
 */
class TerraformClusterReplayTests extends ApiTest {

	/**
	 * golangsdk's CreateOpts for a Standard cluster as the provider fills it: lower-case {@code apiversion}, no
	 * category, the container CIDR in {@code cidrs}, an empty authenticating proxy, extendParam from extend_params.
	 */
	private static final String CREATE = """
			{"kind":"Cluster","apiversion":"v3","metadata":{"name":"tf-cluster","timezone":"Asia/Shanghai"},
			"spec":{"type":"VirtualMachine","flavor":"cce.s1.small","version":"v1.29","description":"by terraform",
			"hostNetwork":{"vpc":"vpc-0001","subnet":"subnet-0001"},"containerNetwork":{"mode":"vpc-router",
			"cidrs":[{"cidr":"172.16.0.0/16"}]},"authentication":{"mode":"rbac","authenticatingProxy":{}},
			"extendParam":{"clusterAZ":"cn-north-4a"},"customSan":["tf.example.com"],"kubeProxyMode":"iptables"}}""";

	private static final String TURBO = """
			{"kind":"Cluster","apiversion":"v3","metadata":{"name":"tf-turbo"},"spec":{"type":"VirtualMachine",
			"flavor":"cce.s2.small","version":"v1.29","hostNetwork":{"vpc":"vpc-0001","subnet":"subnet-0001"},
			"containerNetwork":{"mode":"eni"},"eniNetwork":{"subnets":[{"subnetID":"subnet-0001"}]},
			"authentication":{"mode":"rbac","authenticatingProxy":{}},"masters":[{"availabilityZone":"cn-north-4a"},
			{"availabilityZone":"cn-north-4a"},{"availabilityZone":"cn-north-4a"}]}}""";

	@BeforeEach
	void manualClock() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock").then().statusCode(200);
	}

	private void waitFor(String isoDuration) {
		admin().body("{\"by\":\"" + isoDuration + "\"}").post("/__admin/clock/advance").then().statusCode(200);
	}

	private String cluster(String id) {
		return projectPath() + "/clusters/" + id;
	}

	/** {@code getClusterIDFromJob}: waitForJobStatus until Success, then the job's spec.clusterUID. */
	private String clusterIdFromJob(String jobId) {
		JsonPath job = api().get(projectPath() + "/jobs/" + jobId).then().statusCode(200).extract().jsonPath();
		assertThat(job.getString("status.phase")).as(job.prettify()).isEqualTo("Success");
		String clusterId = job.getString("spec.clusterUID");
		assertThat(clusterId).as("error fetching CCE cluster ID").isNotBlank();
		return clusterId;
	}

	/** {@code clusterStateRefreshFunc(…, ["Available"])}: Error, Shelved and Unknow abort, anything else waits. */
	private JsonPath available(String clusterId) {
		JsonPath shown = api().get(cluster(clusterId)).then().statusCode(200).extract().jsonPath();
		assertThat(shown.getString("status.phase")).isEqualTo("Available");
		return shown;
	}

	/** resourceClusterRead's GetCert with duration -1, once, when the state has no kubeconfig yet. */
	private JsonPath cert(String clusterId) {
		Response response = api().body("{\"duration\":-1}").post(cluster(clusterId) + "/clustercert");
		assertThat(response.statusCode()).isIn(200, 201, 202);
		JsonPath cert = response.jsonPath();
		assertThat(cert.getList("clusters.name")).isNotEmpty();
		assertThat(cert.getString("clusters[0].cluster.certificate-authority-data")).isNotBlank();
		assertThat(cert.getString("users[0].user.client-certificate-data")).isNotBlank();
		assertThat(cert.getString("users[0].user.client-key-data")).isNotBlank();
		return cert;
	}

	/** The delete's wait: a 404 from Get is COMPLETED, nothing else is. */
	private void gone(String clusterId) {
		api().get(cluster(clusterId)).then().statusCode(404);
	}

	@Test
	void huaweicloudCceClusterCreatesWaitsForItsJobAndAvailableReadsAndDeletesUntilNotFound() {
		JsonPath created = api().body(CREATE).post(projectPath() + "/clusters").then().statusCode(201).extract().jsonPath();
		assertThat(created.getMap("spec.extendParam")).doesNotContainKey("orderID");
		String jobId = created.getString("status.jobID");
		assertThat(jobId).as("error fetching job ID after creating CCE cluster").isNotBlank();
		waitFor("PT150S");
		String clusterId = clusterIdFromJob(jobId);
		waitFor("PT20S");
		JsonPath read = available(clusterId);
		// ICAgent's install goes to AOM and is warn-only: the emulator's gateway 404 is what an absent AOM gives
		api().body("{\"clusterId\":\"" + clusterId + "\",\"nameSpace\":\"default\"}")
			.post("/v1/" + io.cceemulator.support.Defaults.PROJECT + "/" + clusterId + "/agents")
			.then()
			.statusCode(404);
		assertThat(read.getString("metadata.name")).isEqualTo("tf-cluster");
		assertThat(read.getString("metadata.timezone")).isEqualTo("Asia/Shanghai");
		assertThat(read.getString("spec.type")).isEqualTo("VirtualMachine");
		assertThat(read.getString("spec.category")).isEqualTo("CCE");
		assertThat(read.getList("spec.containerNetwork.cidrs.cidr")).containsExactly("172.16.0.0/16");
		assertThat(read.getString("spec.serviceNetwork.IPv4CIDR")).isEqualTo("10.247.0.0/16");
		assertThat(read.getList("spec.customSan")).containsExactly("tf.example.com");
		assertThat(read.getString("spec.authentication.mode")).isEqualTo("rbac");
		cert(clusterId);

		// an in-place update of description and container_network_cidr: only the added block is sent
		api().body("{\"spec\":{\"description\":\"changed\",\"containerNetwork\":{\"cidrs\":[{\"cidr\":\"172.17.0.0/16\"}]}}}")
			.put(cluster(clusterId))
			.then()
			.statusCode(200);
		JsonPath changed = available(clusterId);
		assertThat(changed.getString("spec.description")).isEqualTo("changed");
		assertThat(changed.getList("spec.containerNetwork.cidrs.cidr")).containsExactly("172.16.0.0/16", "172.17.0.0/16");

		api().delete(cluster(clusterId) + "?delete_efs=false&delete_eni=false&delete_evs=false&delete_net=false"
				+ "&delete_obs=false&delete_sfs=false&delete_sfs30=false").then().statusCode(200);
		waitFor("PT60S");
		gone(clusterId);
	}

	@Test
	void huaweicloudCceClusterCreatesATurboClusterFromItsEniNetworkAlone() {
		String jobId = api().body(TURBO).post(projectPath() + "/clusters").then().statusCode(201).extract()
			.path("status.jobID");
		waitFor("PT150S");
		String clusterId = clusterIdFromJob(jobId);
		waitFor("PT20S");
		JsonPath read = available(clusterId);
		assertThat(read.getString("spec.category")).isEqualTo("Turbo");
		assertThat(read.getList("spec.eniNetwork.subnets.subnetID")).containsExactly("subnet-0001");
		assertThat(read.getList("spec.masters.availabilityZone")).hasSize(3);
		cert(clusterId);
		api().delete(cluster(clusterId)).then().statusCode(200);
		waitFor("PT60S");
		gone(clusterId);
	}

}
