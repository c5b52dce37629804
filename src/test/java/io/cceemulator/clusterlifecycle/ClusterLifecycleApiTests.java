package io.cceemulator.clusterlifecycle;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static org.assertj.core.api.Assertions.assertThat;

/** CreateCluster over HTTP on a frozen clock: the cluster, its job, what it keeps, and each refusal. */
class ClusterLifecycleApiTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String clusters() {
		return projectPath() + "/clusters";
	}

	private Response post(String body) {
		return api().body(body).post(clusters());
	}

	private JsonPath show(String id) {
		return api().get(clusters() + "/" + id).then().statusCode(200).extract().jsonPath();
	}

	@Test
	void createsAClusterThatIsCreatingUnderAJobThenAvailable() {
		JsonPath created = post(ClusterBodies.standard("web-prod")).then().statusCode(201).extract().jsonPath();
		String uid = created.getString("metadata.uid");
		assertThat(uid).matches("[0-9a-f-]{36}");
		assertThat(created.getString("kind")).isEqualTo("Cluster");
		assertThat(created.getString("apiVersion")).isEqualTo("v3");
		assertThat(created.getString("metadata.name")).isEqualTo("web-prod");
		assertThat(created.getString("status.phase")).isEqualTo("Creating");
		String jobId = created.getString("status.jobID");

		JsonPath job = api().get(projectPath() + "/jobs/" + jobId).then().statusCode(200).extract().jsonPath();
		assertThat(job.getString("spec.type")).isEqualTo("CreateCluster");
		assertThat(job.getString("spec.clusterUID")).isEqualTo(uid);
		assertThat(job.getString("spec.resourceID")).isEqualTo(uid);
		assertThat(job.getList("spec.subJobs.spec.type")).containsExactly("CreatePSMCert", "InstallMaster");
		assertThat(show(uid).getString("status.phase")).isEqualTo("Creating");

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(api().get(projectPath() + "/jobs/" + jobId).jsonPath().getString("status.phase")).isEqualTo("Success");
		JsonPath shown = show(uid);
		assertThat(shown.getString("status.phase")).isEqualTo("Available");
		assertThat(shown.getString("status.jobID")).isEqualTo(jobId);
		assertThat(api().get(clusters()).jsonPath().getList("items.metadata.uid")).contains(uid);
	}

	@Test
	void keepsTheFieldsOfTheRequestInTheAnswerAndInShowCluster() {
		String body = """
				{"kind":"Cluster","apiVersion":"v3","metadata":{"name":"full-spec","alias":"Full Spec",
				"labels":{"team":"a"},"annotations":{"note":"x"}},"spec":{"category":"CCE","type":"ARM64",
				"flavor":"cce.s2.medium","version":"v1.28.3-r0","description":"all of it","customSan":["10.0.0.1",
				"api.example.com"],"ipv6enable":false,"hostNetwork":{"vpc":"vpc-0009","subnet":"subnet-0009",
				"SecurityGroup":"sg-given"},"containerNetwork":{"mode":"overlay_l2","cidrs":[{"cidr":"172.16.0.0/16"},
				{"cidr":"172.18.0.0/16"}]},"serviceNetwork":{"IPv4CIDR":"10.248.0.0/16"},
				"authentication":{"mode":"authenticating_proxy"},"billingMode":0,"masters":[{"availabilityZone":"cn-north-4b"}],
				"kubeProxyMode":"ipvs","az":"cn-north-4b","deletionProtection":true,
				"extendParam":{"clusterExternalIP":"100.85.1.2","enterpriseProjectId":"0","periodNum":1}}}""";
		String uid = post(body).then().statusCode(201).extract().path("metadata.uid");
		JsonPath shown = show(uid);
		assertThat(shown.getString("metadata.alias")).isEqualTo("Full Spec");
		assertThat(shown.getMap("metadata.labels")).containsEntry("team", "a");
		assertThat(shown.getMap("metadata.annotations")).containsEntry("note", "x");
		assertThat(shown.getString("spec.type")).isEqualTo("ARM64");
		assertThat(shown.getString("spec.flavor")).isEqualTo("cce.s2.medium");
		assertThat(shown.getString("spec.version")).isEqualTo("v1.28.3-r0");
		assertThat(shown.getString("spec.description")).isEqualTo("all of it");
		assertThat(shown.getList("spec.customSan")).containsExactly("10.0.0.1", "api.example.com");
		assertThat(shown.getString("spec.hostNetwork.vpc")).isEqualTo("vpc-0009");
		assertThat(shown.getString("spec.hostNetwork.subnet")).isEqualTo("subnet-0009");
		assertThat(shown.getString("spec.hostNetwork.SecurityGroup")).isEqualTo("sg-given");
		assertThat(shown.getString("spec.containerNetwork.mode")).isEqualTo("overlay_l2");
		assertThat(shown.getString("spec.containerNetwork.cidr")).isEqualTo("172.16.0.0/16");
		assertThat(shown.getList("spec.containerNetwork.cidrs.cidr")).containsExactly("172.16.0.0/16", "172.18.0.0/16");
		assertThat(shown.getString("spec.kubernetesSvcIpRange")).isEqualTo("10.248.0.0/16");
		assertThat(shown.getString("spec.authentication.mode")).isEqualTo("authenticating_proxy");
		assertThat(shown.getList("spec.masters.availabilityZone")).containsExactly("cn-north-4b");
		assertThat(shown.getString("spec.kubeProxyMode")).isEqualTo("ipvs");
		assertThat(shown.getString("spec.az")).isEqualTo("cn-north-4b");
		assertThat(shown.getBoolean("spec.deletionProtection")).isTrue();
		assertThat(shown.getString("spec.extendParam.clusterExternalIP")).isEqualTo("100.85.1.2");
		assertThat(shown.getString("spec.extendParam.periodNum")).isEqualTo("1");
		assertThat(shown.getList("status.endpoints.type")).containsExactly("Internal", "External");
		assertThat(shown.getString("status.endpoints[1].url")).isEqualTo("https://100.85.1.2:5443");
		assertThat(api().get(clusters() + "?type=ARM64").jsonPath().getList("items.metadata.uid")).containsExactly(uid);
		assertThat(api().get(clusters() + "?type=VirtualMachine").jsonPath().getList("items.metadata.uid"))
			.doesNotContain(uid);
	}

	@Test
	void givesATurboClusterItsEniSubnetsAndStandardDefaultsWhereTheRequestSaysNothing() {
		JsonPath turbo = post(ClusterBodies.turbo("turbo-new")).then().statusCode(201).extract().jsonPath();
		assertThat(turbo.getString("spec.category")).isEqualTo("Turbo");
		assertThat(turbo.getString("spec.containerNetwork.mode")).isEqualTo("eni");
		assertThat(turbo.getString("spec.eniNetwork.eniSubnetId")).isEqualTo("subnet-0001");
		assertThat(turbo.getList("spec.eniNetwork.subnets.subnetID")).containsExactly("subnet-0001");
		assertThat(turbo.getList("spec.masters")).hasSize(3);

		String minimal = """
				{"kind":"Cluster","apiVersion":"v3","metadata":{"name":"minimal"},"spec":{"flavor":"cce.s1.small",
				"hostNetwork":{"vpc":"vpc-0001","subnet":"subnet-0001"},"containerNetwork":{"mode":"overlay_l2",
				"cidr":"172.16.0.0/16"}}}""";
		JsonPath defaults = post(minimal).then().statusCode(201).extract().jsonPath();
		assertThat(defaults.getString("spec.category")).isEqualTo("CCE");
		assertThat(defaults.getString("spec.type")).isEqualTo("VirtualMachine");
		assertThat(defaults.getString("spec.version")).isEqualTo("v1.31");
		assertThat(defaults.getString("spec.kubernetesSvcIpRange")).isEqualTo("10.247.0.0/16");
		assertThat(defaults.getString("spec.authentication.mode")).isEqualTo("rbac");
		assertThat(defaults.getString("spec.hostNetwork.SecurityGroup")).startsWith("sg-");
		assertThat(defaults.getBoolean("spec.deletionProtection")).isFalse();
		assertThat(defaults.getString("spec.eniNetwork")).isNull();
	}

	@Test
	void refusesABadNameWithTheFieldNamed() {
		assertCceError(post(ClusterBodies.standard("Web_Prod")), CceError.INVALID_REQUEST, "metadata.name");
		assertCceError(post(ClusterBodies.standard("abc")), CceError.INVALID_REQUEST, "metadata.name");
		assertCceError(post(ClusterBodies.standard("web-")), CceError.INVALID_REQUEST, "metadata.name");
		assertCceError(post(ClusterBodies.standard("1web")), CceError.INVALID_REQUEST, "metadata.name");
		post(ClusterBodies.standard("a" + "b".repeat(127))).then().statusCode(201);
		assertCceError(post(ClusterBodies.standard("a" + "b".repeat(128))), CceError.INVALID_REQUEST, "metadata.name");
	}

	@Test
	void refusesBadFieldsEachWithItsName() {
		String good = ClusterBodies.standard("bad-fields");
		assertCceError(post(good.replace("\"kind\":\"Cluster\"", "\"kind\":\"Node\"")), CceError.INVALID_REQUEST, "kind");
		assertCceError(post(good.replace("\"apiVersion\":\"v3\"", "\"apiVersion\":\"v2\"")), CceError.INVALID_REQUEST,
				"apiVersion");
		assertCceError(post(good.replace("cce.s1.small", "cce.s9.huge")), CceError.INVALID_REQUEST, "spec.flavor");
		assertCceError(post(good.replace("\"category\":\"CCE\"", "\"category\":\"Autopilot\"")),
				CceError.INVALID_REQUEST, "spec.category");
		assertCceError(post(good.replace("VirtualMachine", "BareMetal")), CceError.INVALID_REQUEST, "spec.type");
		assertCceError(post(good.replace("\"vpc\":\"vpc-0001\",", "")), CceError.INVALID_REQUEST, "spec.hostNetwork.vpc");
		assertCceError(post(good.replace("\"subnet\":\"subnet-0001\"", "\"subnet\":\"not an id\"")),
				CceError.INVALID_REQUEST, "spec.hostNetwork.subnet");
		assertCceError(post(good.replace("vpc-router", "calico")), CceError.INVALID_REQUEST,
				"spec.containerNetwork.mode");
		assertCceError(post(good.replace("vpc-router", "eni")), CceError.INVALID_REQUEST, "eni is for Turbo clusters");
		assertCceError(post(good.replace("172.16.0.0/16", "172.16.0.1/16")), CceError.INVALID_REQUEST,
				"spec.containerNetwork.cidr");
		assertCceError(post(good.replace("172.16.0.0/16", "10.247.0.0/18")), CceError.INVALID_REQUEST,
				"overlaps the Service CIDR");
		assertCceError(post(good.replace("\"10.247.0.0/16\"", "\"10.247.0.0\"")), CceError.INVALID_REQUEST,
				"spec.kubernetesSvcIpRange");
		assertCceError(post(good.replace("\"rbac\"", "\"x509\"")), CceError.INVALID_REQUEST,
				"spec.authentication.mode");
		assertCceError(post(good.replace("\"billingMode\":0", "\"billingMode\":2")), CceError.INVALID_REQUEST,
				"spec.billingMode");
		assertCceError(post(good.replace("made by a test", "d".repeat(201))), CceError.INVALID_REQUEST,
				"spec.description");
		assertCceError(post(ClusterBodies.turbo("turbo-no-eni").replace(",\"eniNetwork\":{\"subnets\":[{\"subnetID\":\"subnet-0001\"}]}", "")),
				CceError.INVALID_REQUEST, "spec.eniNetwork");
		assertCceError(post(good.replace("\"clusterAZ\":\"cn-north-4a\"", "\"clusterExternalIP\":\"300.1.1.1\"")),
				CceError.INVALID_REQUEST, "spec.extendParam.clusterExternalIP");
		assertCceError(post("{\"kind\":\"Cluster\",\"apiVersion\":\"v3\",\"metadata\":{\"name\":\"no-spec\"}}"),
				CceError.INVALID_REQUEST, "spec");
	}

	@Test
	void refusesAVersionCceDoesNotOffer() {
		assertCceError(post(ClusterBodies.standard("old-one").replace("v1.29", "v1.19")), CceError.VERSION_NOT_SUPPORTED,
				"spec.version: v1.19 is not offered");
	}

	@Test
	void refusesANameInUseInTheProject() {
		post(ClusterBodies.standard("twice")).then().statusCode(201);
		assertCceError(post(ClusterBodies.standard("twice")), CceError.ALREADY_EXISTS, "a cluster named twice");
		assertCceError(post(ClusterBodies.standard("std-a-v123")), CceError.ALREADY_EXISTS, "std-a-v123");
	}

	@Test
	void refusesAClusterOverTheProjectsQuota() {
		int held = api().get(clusters()).jsonPath().getList("items").size();
		for (int i = held; i < 50; i++) {
			post(ClusterBodies.standard("quota-" + i)).then().statusCode(201);
		}
		assertCceError(post(ClusterBodies.standard("one-too-many")), CceError.CLUSTER_QUOTA,
				"holds 50 clusters, its quota is 50");
	}

	@Test
	void aRefusedCreateChangesNothing() {
		String before = admin().get("/__admin/data").asString();
		int jobs = admin().get("/__admin/jobs").jsonPath().getList("$").size();
		assertCceError(post(ClusterBodies.standard("std-a-v123")), CceError.ALREADY_EXISTS, "std-a-v123");
		assertCceError(post(ClusterBodies.standard("bad-cidr").replace("172.16.0.0/16", "172.16.0.0/33")),
				CceError.INVALID_REQUEST, "spec.containerNetwork.cidr");
		assertThat(admin().get("/__admin/data").asString())
			.isEqualTo(before);
		assertThat(admin().get("/__admin/jobs").jsonPath().getList("$")).hasSize(jobs);
	}

}
