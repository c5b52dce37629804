package io.cceemulator.persistence;

import java.nio.file.Files;
import java.nio.file.Path;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.cceemulator.CceEmulatorApplication;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** An emulator with persistence on, stopped and started again on the same state directory. */
class RestartTests {

	@TempDir
	Path dir;

	private ConfigurableApplicationContext start(String... extra) {
		String[] args = new String[] { "--server.port=0", "--emulator.persistence.enabled=true",
				"--emulator.persistence.directory=" + this.dir, "--emulator.clock.mode=manual",
				"--spring.main.banner-mode=off" };
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(CceEmulatorApplication.class).run(all);
	}

	private static RequestSpecification api(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestAssured.given().port(port).header("X-Auth-Token", TOKEN).contentType("application/json");
	}

	private static RequestSpecification as(ConfigurableApplicationContext context, String token) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestAssured.given().port(port).header("X-Auth-Token", token).contentType("application/json");
	}

	@Test
	void keepsMigrationsJobsAndAdminChangesAcrossARestart() {
		String jobId;
		String finishedJob;
		try (ConfigurableApplicationContext first = start()) {
			finishedJob = api(first).body(Bodies.migrate(NODE_A2))
				.put("/api/v3/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
				.then().statusCode(200).extract().path("status.jobID");
			api(first).body("{\"by\":\"PT4S\"}").post("/__admin/clock/advance").then().statusCode(200);
			jobId = api(first).body(Bodies.migrate(NODE_A1))
				.put("/api/v3/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
				.then().statusCode(200).extract().path("status.jobID");
			api(first).body("{\"phase\":\"Abnormal\"}")
				.patch("/__admin/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/" + NODE_A3).then().statusCode(200);
		}
		try (ConfigurableApplicationContext second = start()) {
			api(second).get("/api/v3/projects/" + PROJECT + "/jobs/" + finishedJob).then().body("status.phase", equalTo("Success"));
			api(second).get("/api/v3/projects/" + PROJECT + "/clusters/" + STD_B + "/nodes/" + NODE_A2).then()
				.body("status.phase", equalTo("Active"));
			api(second).get("/api/v3/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/" + NODE_A3).then()
				.body("status.phase", equalTo("Abnormal"));
			api(second).get("/api/v3/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then()
				.body("status.phase", equalTo("Deleting"));
			api(second).body("{\"by\":\"PT10S\"}").post("/__admin/clock/advance");
			api(second).get("/api/v3/projects/" + PROJECT + "/jobs/" + jobId).then().body("status.phase", equalTo("Success"));
			api(second).get("/api/v3/projects/" + PROJECT + "/clusters/" + STD_B + "/nodes/" + NODE_A1).then()
				.body("status.phase", equalTo("Active"));
		}
	}

	@Test
	void keepsALoadedDataSetsCredentialsProjectNamesAndBaselineAcrossARestart() {
		String data = """
				{"projects":[{"id":"p-team","name":"eu-west-0_team","clusters":[{"id":"c-team","vpc":"vpc-t"}]}],
				 "credentials":{"users":[{"domain":"d-team","name":"u-team","password":"Team-Passw0rd","projects":["p-team"]}],
				  "tokens":[{"token":"team-token","projects":["p-team"]}]}}""";
		try (ConfigurableApplicationContext first = start()) {
			api(first).body(data).put("/__admin/data?baseline=true").then().statusCode(200);
			api(first).body("{\"phase\":\"Hibernation\"}").patch("/__admin/projects/p-team/clusters/c-team")
				.then().statusCode(200);
		}
		try (ConfigurableApplicationContext second = start()) {
			as(second, "team-token").get("/api/v3/projects/p-team/clusters/c-team").then().statusCode(200)
				.body("status.phase", equalTo("Hibernation"));
			String login = """
					{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u-team",
					 "password":"Team-Passw0rd","domain":{"name":"d-team"}}}},"scope":{"project":{"name":"eu-west-0_team"}}}}""";
			api(second).body(login).post("/v3/auth/tokens").then().statusCode(201);
			api(second).post("/__admin/reset").then().statusCode(200);
			as(second, "team-token").get("/api/v3/projects/p-team/clusters/c-team").then()
				.statusCode(200).body("status.phase", equalTo("Available"));
			api(second).get("/api/v3/projects/" + PROJECT + "/clusters").then().statusCode(401);
		}
	}

	@Test
	void refusesToStartOnADamagedStateFile() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			api(first).body(Bodies.migrate(NODE_A1))
				.put("/api/v3/projects/" + PROJECT + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
				.then().statusCode(200);
		}
		Path file = this.dir.resolve("state.log");
		String content = Files.readString(file);
		Files.writeString(file, content.substring(0, 20) + "X" + content.substring(21) + content);
		assertThatThrownBy(() -> start()).hasRootCauseInstanceOf(StateFileDamagedException.class)
			.rootCause().hasMessageContaining("is damaged at line 1");
		try (ConfigurableApplicationContext recovered = start("--emulator.persistence.recover=truncate")) {
			assertThat(api(recovered).get("/api/v3/projects/" + PROJECT + "/clusters").statusCode()).isEqualTo(200);
		}
	}

}
