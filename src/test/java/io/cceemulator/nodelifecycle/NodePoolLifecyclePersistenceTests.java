package io.cceemulator.nodelifecycle;

import java.nio.file.Path;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.cceemulator.CceEmulatorApplication;

import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_C;
import static io.cceemulator.support.Defaults.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool made by CreateNodePool is durable: its template, scaling and the job deleting it survive a restart on the
 * same state directory, and an export loads back with them.
 */
class NodePoolLifecyclePersistenceTests {

	private static final String POOLS = "/api/v3/projects/" + PROJECT + "/clusters/" + STD_C + "/nodepools";

	@TempDir
	Path dir;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CceEmulatorApplication.class).run("--server.port=0",
				"--emulator.persistence.enabled=true", "--emulator.persistence.directory=" + this.dir,
				"--emulator.clock.mode=manual", "--spring.main.banner-mode=off");
	}

	private static RequestSpecification api(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestAssured.given().port(port).header("X-Auth-Token", TOKEN).contentType("application/json");
	}

	private static void advance(ConfigurableApplicationContext context, String by) {
		api(context).body("{\"by\":\"" + by + "\"}").post("/__admin/clock/advance").then().statusCode(200);
	}

	@Test
	void keepsAPoolsTemplateScalingAndDeletionAcrossARestartAndThroughAnExport() {
		String poolId;
		String kept;
		try (ConfigurableApplicationContext first = start()) {
			poolId = api(first).body(PoolBodies.autoscaled("durable", 1, 1, 4))
				.post(POOLS)
				.then()
				.statusCode(201)
				.extract()
				.path("metadata.uid");
			kept = api(first).body(PoolBodies.create("kept", 1)).post(POOLS).then().statusCode(201).extract()
				.path("metadata.uid");
			advance(first, "PT10S");
			api(first).delete(POOLS + "/" + poolId).then().statusCode(200);
		}
		try (ConfigurableApplicationContext second = start()) {
			JsonPath deleting = api(second).get(POOLS + "/" + poolId).then().statusCode(200).extract().jsonPath();
			assertThat(deleting.getString("status.phase")).isEqualTo("Deleting");
			assertThat(deleting.getInt("spec.autoscaling.maxNodeCount")).isEqualTo(4);
			assertThat(deleting.getInt("spec.nodeTemplate.rootVolume.size")).isEqualTo(50);
			// the manual clock starts again from the system time, which may be behind the first run's advanced one
			advance(second, "PT60S");
			api(second).get(POOLS + "/" + poolId).then().statusCode(404);

			String before = api(second).get(POOLS + "/" + kept).asString();
			String export = api(second).get("/__admin/data").then().statusCode(200).extract().asString();
			api(second).body(export).put("/__admin/data").then().statusCode(200);
			JsonPath loaded = api(second).get(POOLS + "/" + kept).then().statusCode(200).extract().jsonPath();
			JsonPath was = JsonPath.from(before);
			assertThat(loaded.getMap("spec")).isEqualTo(was.getMap("spec"));
			assertThat(loaded.getString("spec.nodeTemplate.userTags[0].key")).isEqualTo("owner");
			assertThat(loaded.getInt("status.currentNode")).isEqualTo(1);
		}
	}

}
