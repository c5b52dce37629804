package io.cceemulator.cluster;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;

class ClusterApiTests extends ApiTest {

	@Test
	void listsTheDefaultProjectsClustersOnly() {
		JsonPath list = api().get(projectPath() + "/clusters").then().statusCode(200).extract().jsonPath();
		assertThat(list.getString("kind")).isEqualTo("Cluster");
		assertThat(list.getString("apiVersion")).isEqualTo("v3");
		assertThat(list.getList("items.metadata.uid")).contains(STD_A, STD_B, TURBO_A, DEC, IPV6, BIG)
			.doesNotContain(OTHER_PROJECT_CLUSTER);
	}

	@Test
	void showsWhatTheMigrationRulesRead() {
		JsonPath turbo = api().get(projectPath() + "/clusters/" + TURBO_A).then().statusCode(200).extract().jsonPath();
		assertThat(turbo.getString("spec.category")).isEqualTo("Turbo");
		assertThat(turbo.getString("spec.hostNetwork.vpc")).isEqualTo("vpc-0001");
		assertThat(turbo.getBoolean("spec.ipv6enable")).isFalse();
		assertThat(turbo.getString("status.phase")).isEqualTo("Available");
		JsonPath dec = api().get(projectPath() + "/clusters/" + DEC).then().extract().jsonPath();
		assertThat(dec.getString("spec.flavor")).contains(".dec.");
		assertThat(api().get(projectPath() + "/clusters/" + IPV6).then().extract().jsonPath().getBoolean("spec.ipv6enable"))
			.isTrue();
		assertThat(api().get(projectPath() + "/clusters/" + STD_A).then().extract().jsonPath().getString("spec.version"))
			.isEqualTo("v1.23.11-r0");
		assertThat(api().get(projectPath() + "/clusters/" + UPGRADING).then().extract().jsonPath().getString("status.phase"))
			.isEqualTo("Upgrading");
	}

	@Test
	void filtersTheListByStatus() {
		assertThat(api().get(projectPath() + "/clusters?status=Upgrading").then().extract().jsonPath().getList("items.metadata.uid"))
			.containsExactly(UPGRADING);
	}

	@Test
	void hidesAnotherProjectsCluster() {
		assertCceError(api().get(projectPath() + "/clusters/" + OTHER_PROJECT_CLUSTER), CceError.NOT_FOUND,
				"Cluster " + OTHER_PROJECT_CLUSTER + " not found");
	}

}
