package io.cceemulator.clusterlifecycle;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static io.cceemulator.support.Defaults.TURBO_A;
import static org.assertj.core.api.Assertions.assertThat;

/** UpdateCluster over HTTP: what it changes, what it keeps, and its refusals. */
class ClusterLifecycleUpdateTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String cluster(String id) {
		return projectPath() + "/clusters/" + id;
	}

	@Test
	void changesTheDescriptionSansSecurityGroupProtectionAndAliasAndKeepsTheRest() {
		JsonPath before = api().get(cluster(STD_C)).jsonPath();
		String body = """
				{"metadata":{"alias":"Std C"},"spec":{"description":"now described","customSan":["10.1.1.1",
				"k8s.example.com"],"hostNetwork":{"SecurityGroup":"sg-new"},"deletionProtection":true}}""";
		JsonPath updated = api().body(body).put(cluster(STD_C)).then().statusCode(200).extract().jsonPath();
		assertThat(updated.getString("kind")).isEqualTo("Cluster");
		JsonPath shown = api().get(cluster(STD_C)).jsonPath();
		for (JsonPath view : new JsonPath[] { updated, shown }) {
			assertThat(view.getString("metadata.alias")).isEqualTo("Std C");
			assertThat(view.getString("spec.description")).isEqualTo("now described");
			assertThat(view.getList("spec.customSan")).containsExactly("10.1.1.1", "k8s.example.com");
			assertThat(view.getString("spec.hostNetwork.SecurityGroup")).isEqualTo("sg-new");
			assertThat(view.getBoolean("spec.deletionProtection")).isTrue();
			assertThat(view.getString("spec.flavor")).isEqualTo(before.getString("spec.flavor"));
			assertThat(view.getString("spec.hostNetwork.vpc")).isEqualTo(before.getString("spec.hostNetwork.vpc"));
			assertThat(view.getString("metadata.creationTimestamp")).isEqualTo(before.getString("metadata.creationTimestamp"));
		}
		JsonPath again = api().body("{\"spec\":{\"description\":\"only this\"}}").put(cluster(STD_C)).jsonPath();
		assertThat(again.getList("spec.customSan")).containsExactly("10.1.1.1", "k8s.example.com");
		assertThat(again.getBoolean("spec.deletionProtection")).isTrue();
	}

	@Test
	void addsContainerCidrsToAVpcRoutedClusterWhetherTheListHasTheOldOnesOrNot() {
		String cidr = api().get(cluster(STD_C)).jsonPath().getString("spec.containerNetwork.cidr");
		String whole = "{\"spec\":{\"containerNetwork\":{\"cidrs\":[{\"cidr\":\"" + cidr
				+ "\"},{\"cidr\":\"172.20.0.0/16\"}]}}}";
		JsonPath updated = api().body(whole).put(cluster(STD_C)).then().statusCode(200).extract().jsonPath();
		assertThat(updated.getList("spec.containerNetwork.cidrs.cidr")).containsExactly(cidr, "172.20.0.0/16");
		assertThat(updated.getString("spec.containerNetwork.cidr")).isEqualTo(cidr);
		// Terraform sends only the blocks it adds
		JsonPath added = api().body("{\"spec\":{\"containerNetwork\":{\"cidrs\":[{\"cidr\":\"172.21.0.0/16\"}]}}}")
			.put(cluster(STD_C))
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(added.getList("spec.containerNetwork.cidrs.cidr")).containsExactly(cidr, "172.20.0.0/16",
				"172.21.0.0/16");
		assertCceError(api().body("{\"spec\":{\"containerNetwork\":{\"cidrs\":[{\"cidr\":\"172.20.128.0/17\"}]}}}")
			.put(cluster(STD_C)), CceError.INVALID_REQUEST, "overlaps 172.20.0.0/16");
		assertCceError(api().body("{\"spec\":{\"containerNetwork\":{\"cidrs\":[{\"cidr\":\"10.247.0.0/20\"}]}}}")
			.put(cluster(STD_C)), CceError.INVALID_REQUEST, "overlaps the Service CIDR");
	}

	@Test
	void addsEniSubnetsToATurboClusterOnly() {
		JsonPath turbo = api().get(cluster(TURBO_A)).jsonPath();
		String subnet = turbo.getString("spec.eniNetwork.eniSubnetId");
		String body = "{\"spec\":{\"eniNetwork\":{\"subnets\":[{\"subnetID\":\"" + subnet
				+ "\"},{\"subnetID\":\"subnet-eni-2\"}]}}}";
		JsonPath updated = api().body(body).put(cluster(TURBO_A)).then().statusCode(200).extract().jsonPath();
		assertThat(updated.getList("spec.eniNetwork.subnets.subnetID")).containsExactly(subnet, "subnet-eni-2");
		assertCceError(api().body("{\"spec\":{\"eniNetwork\":{\"subnets\":[{\"subnetID\":\"subnet-eni-3\"}]}}}")
			.put(cluster(TURBO_A)), CceError.INVALID_REQUEST, "must keep the cluster's subnets");
		assertCceError(api().body(body).put(cluster(STD_C)), CceError.INVALID_REQUEST, "only Turbo clusters");
	}

	@Test
	void refusesBadFieldsAnUnknownClusterAndAClusterBeingCreated() {
		assertCceError(api().body("{\"spec\":{\"description\":\"" + "d".repeat(201) + "\"}}").put(cluster(STD_A)),
				CceError.INVALID_REQUEST, "spec.description");
		assertCceError(api().body("{\"spec\":{\"customSan\":[\"not a name!\"]}}").put(cluster(STD_A)),
				CceError.INVALID_REQUEST, "spec.customSan[0]");
		assertCceError(api().body("{\"spec\":{\"containerNetwork\":{\"cidrs\":[{\"cidr\":\"10.0.0.0/16\"}]}}}")
			.put(cluster(TURBO_A)), CceError.INVALID_REQUEST, "only a vpc-router cluster");
		assertCceError(api().body("{\"metadata\":{}}").put(cluster(STD_A)), CceError.INVALID_REQUEST, "spec");
		assertCceError(api().body("{\"spec\":{}}").put(cluster("no-such-cluster")), CceError.NOT_FOUND,
				"Cluster no-such-cluster not found");
		String uid = api().body(ClusterBodies.standard("being-made"))
			.post(projectPath() + "/clusters")
			.then()
			.statusCode(201)
			.extract()
			.path("metadata.uid");
		assertCceError(api().body("{\"spec\":{\"description\":\"x\"}}").put(cluster(uid)), CceError.INVALID_REQUEST,
				"is Creating");
	}

}
