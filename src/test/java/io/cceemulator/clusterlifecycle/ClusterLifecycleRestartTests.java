package io.cceemulator.clusterlifecycle;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.cceemulator.CceEmulatorApplication;

import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.TOKEN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Created, changed and deleting clusters, with their jobs, outlive a restart of an emulator with persistence on. */
class ClusterLifecycleRestartTests {

	@TempDir
	Path dir;

	private ConfigurableApplicationContext start() {
		String[] args = { "--server.port=0", "--emulator.persistence.enabled=true",
				"--emulator.persistence.directory=" + this.dir, "--emulator.clock.mode=manual",
				"--spring.main.banner-mode=off" };
		return new SpringApplicationBuilder(CceEmulatorApplication.class).run(args);
	}

	private static RequestSpecification api(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestAssured.given().port(port).header("X-Auth-Token", TOKEN).contentType("application/json");
	}

	private static String clusters() {
		return "/api/v3/projects/" + PROJECT + "/clusters";
	}

	@Test
	void keepsClustersTheirSettingsAndTheirJobsAcrossARestart() {
		String created;
		String createJob;
		try (ConfigurableApplicationContext first = start()) {
			created = api(first).body(ClusterBodies.turbo("kept-turbo"))
				.post(clusters())
				.then()
				.statusCode(201)
				.extract()
				.path("metadata.uid");
			createJob = api(first).get(clusters() + "/" + created).then().extract().path("status.jobID");
			api(first).body("{\"spec\":{\"customSan\":[\"kept.example.com\"]}}").put(clusters() + "/" + created)
				.then()
				.statusCode(400);
			api(first).body("{\"by\":\"PT4S\"}").post("/__admin/clock/advance").then().statusCode(200);
			api(first).body("{\"spec\":{\"customSan\":[\"kept.example.com\"],\"deletionProtection\":true}}")
				.put(clusters() + "/" + created)
				.then()
				.statusCode(200);
			api(first).delete(clusters() + "/" + STD_B + "?ondemand_node_policy=retain").then().statusCode(200);
		}
		try (ConfigurableApplicationContext second = start()) {
			api(second).get(clusters() + "/" + created)
				.then()
				.statusCode(200)
				.body("status.phase", equalTo("Available"))
				.body("status.jobID", equalTo(createJob))
				.body("spec.customSan", contains("kept.example.com"))
				.body("spec.deletionProtection", equalTo(true))
				.body("spec.eniNetwork.subnets.subnetID", contains("subnet-0001"))
				.body("spec.masters.size()", equalTo(3));
			api(second).get(clusters() + "/" + STD_B).then().statusCode(200).body("status.phase", equalTo("Deleting"));
			// a manual clock starts again from the system's time, which may be behind the first run's advanced one
			api(second).body("{\"by\":\"PT10S\"}").post("/__admin/clock/advance").then().statusCode(200);
			api(second).get(clusters() + "/" + STD_B).then().statusCode(404);
		}
	}

}
