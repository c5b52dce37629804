package io.cceemulator.clusterlifecycle;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/** A created cluster's settings in the admin API's export, load and edits. */
class ClusterLifecycleDataTests extends ApiTest {

	@Test
	void exportsACreatedClustersSettingsAndLoadsThemBack() {
		this.clock.freeze();
		String uid = api().body(ClusterBodies.turbo("exported"))
			.post(projectPath() + "/clusters")
			.then()
			.statusCode(201)
			.extract()
			.path("metadata.uid");
		this.clock.advance(Duration.ofSeconds(4));
		api().body("{\"spec\":{\"customSan\":[\"exported.example.com\"]}}").put(projectPath() + "/clusters/" + uid)
			.then()
			.statusCode(200);
		String exported = admin().get("/__admin/data").asString();
		JsonPath data = new JsonPath(exported);
		String cluster = "projects.find { it.id == '" + PROJECT + "' }.clusters.find { it.id == '" + uid + "' }";
		assertThat(data.getString(cluster + ".settings.customSan[0]")).isEqualTo("exported.example.com");
		assertThat(data.getList(cluster + ".settings.eniSubnets")).containsExactly("subnet-0001");
		assertThat(data.getString("projects.find { it.id == '" + PROJECT + "' }.clusters[0].settings")).isNull();

		admin().post("/__admin/reset").then().statusCode(200);
		api().get(projectPath() + "/clusters/" + uid).then().statusCode(404);
		admin().body(exported).put("/__admin/data").then().statusCode(200);
		JsonPath shown = api().get(projectPath() + "/clusters/" + uid).then().statusCode(200).extract().jsonPath();
		assertThat(shown.getList("spec.customSan")).containsExactly("exported.example.com");
		assertThat(shown.getList("spec.masters.availabilityZone")).hasSize(3);
		assertThat(shown.getString("status.phase")).isEqualTo("Available");
	}

	@Test
	void letsTheAdminApiSetAClustersSettings() {
		String body = """
				{"id":"admin-made","name":"admin-made","vpc":"vpc-0001","settings":{"type":"ARM64",
				"customSan":["admin.example.com"],"deletionProtection":true}}""";
		admin().body(body).post("/__admin/projects/" + PROJECT + "/clusters").then().statusCode(201);
		JsonPath shown = api().get(projectPath() + "/clusters/admin-made").then().statusCode(200).extract().jsonPath();
		assertThat(shown.getString("spec.type")).isEqualTo("ARM64");
		assertThat(shown.getList("spec.customSan")).containsExactly("admin.example.com");
		assertThat(shown.getBoolean("spec.deletionProtection")).isTrue();
		admin().body("{\"settings\":{\"deletionProtection\":false}}")
			.patch("/__admin/projects/" + PROJECT + "/clusters/admin-made")
			.then()
			.statusCode(200);
		assertThat(api().get(projectPath() + "/clusters/admin-made").jsonPath().getBoolean("spec.deletionProtection"))
			.isFalse();
	}

}
