package com.example.usage;

import java.time.Duration;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.cceemulator.junit.Call;
import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;
import io.cceemulator.junit.Fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The JUnit extension as a user's project sees it: this package reaches only the extension's public API, and talks
 * to the CCE API over plain HTTP with the URL and token the handle gives.
 */
@CceEmulatorTest
class NodeMigrationTests {

	static final String SOURCE = "11111111-aaaa-4bbb-8ccc-000000000001";

	static final String TARGET = "22222222-aaaa-4bbb-8ccc-000000000002";

	static final String NODE = "33333333-aaaa-4bbb-8ccc-000000000003";

	private final CceEmulator emulator;

	NodeMigrationTests(CceEmulator emulator) {
		this.emulator = emulator;
	}

	private RequestSpecification cce() {
		return RestAssured.given()
			.baseUri(this.emulator.projectUrl())
			.header("X-Auth-Token", this.emulator.token())
			.contentType(ContentType.JSON);
	}

	private Response migrate(String node) {
		return cce().body("""
				{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"%s"}]}}""".formatted(node))
			.put("/clusters/" + SOURCE + "/nodes/operation/migrateto/" + TARGET);
	}

	private String phase(String jobId) {
		return cce().get("/jobs/" + jobId).then().statusCode(200).extract().path("status.phase");
	}

	@Test
	void migratesANodeStepByStepOnAFrozenClock() {
		this.emulator.clock().freeze();
		String jobId = migrate(NODE).then().statusCode(200).extract().path("status.jobID");
		assertThat(phase(jobId)).isEqualTo("Initializing");

		this.emulator.clock().advance(Duration.ofSeconds(1));
		assertThat(phase(jobId)).isEqualTo("Running");
		this.emulator.clock().toNextTransition();
		assertThat(phase(jobId)).isEqualTo("Success");
		cce().get("/clusters/" + TARGET + "/nodes/" + NODE).then().statusCode(200);

		List<Call> migrations = this.emulator.journal().calls("MigrateNode");
		assertThat(migrations).singleElement().satisfies((call) -> {
			assertThat(call.status()).isEqualTo(200);
			assertThat(call.body()).contains(NODE);
			assertThat(call.changes()).containsEntry("jobStarted", jobId)
				.containsEntry("nodesMigrating", List.of(NODE));
		});
	}

	@Test
	void answersWithAnInstalledError() {
		String fault = this.emulator.faults()
			.add(Fault.error(500, "CCE.01500001").operation("MigrateNode").times(1).message("backend down"));

		migrate(NODE).then().statusCode(500);
		migrate(NODE).then().statusCode(200);

		assertThat(this.emulator.faults().remaining(fault)).isZero();
		assertThat(this.emulator.journal().calls("MigrateNode")).extracting(Call::status, Call::errorCode)
			.containsExactly(tuple(500, "CCE.01500001"), tuple(200, null));
	}

	@Test
	void throttlesPastARate() {
		this.emulator.clock().freeze();
		this.emulator.faults().add("""
				{"kind":"throttle","operation":"ListClusters","ratePerSecond":1}""");

		cce().get("/clusters").then().statusCode(200);
		String refusal = cce().get("/clusters").then().statusCode(429).extract().path("error_code");
		assertThat(refusal).isEqualTo("APIGW.0308");

		this.emulator.clock().advance(Duration.ofSeconds(1));
		cce().get("/clusters").then().statusCode(200);
	}

	@Test
	void failsTheMigrationJobAsPlanned() {
		this.emulator.clock().freeze();
		this.emulator.faults().add(Fault.jobFailure("no capacity").duringInitializing());

		String jobId = migrate(NODE).then().statusCode(200).extract().path("status.jobID");
		this.emulator.clock().toNextTransition();

		assertThat(phase(jobId)).isEqualTo("Failed");
		assertThat(cce().get("/jobs/" + jobId).then().extract().<String>path("status.reason")).contains("no capacity");
		cce().get("/clusters/" + SOURCE + "/nodes/" + NODE).then().statusCode(200);
	}

	/** Each repetition would see the other's data, fault and calls if the extension did not reset between tests. */
	@RepeatedTest(2)
	void startsEveryTestFromAFreshEmulator() {
		assertThat(this.emulator.journal().calls()).isEmpty();
		cce().get("/clusters/" + SOURCE).then().statusCode(200);

		this.emulator.loadData("""
				{"projects":[
				  {"id":"%s","clusters":[{"id":"c1","name":"only-cluster","vpc":"vpc-1"}]},
				  {"id":"1b2c3d4e5f60718293a4b5c6d7e8f90a"}
				]}""".formatted(this.emulator.projectId()));
		this.emulator.faults().add(Fault.error(503, "CCE.01500001").operation("ShowCluster"));

		assertThat(cce().get("/clusters").then().statusCode(200).extract().<List<String>>path("items.metadata.name"))
			.containsExactly("only-cluster");
		cce().get("/clusters/c1").then().statusCode(503);
	}

}
