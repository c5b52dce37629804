package com.example.usage;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.cceemulator.junit.Call;
import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;
import io.cceemulator.junit.Fault;

import static com.example.usage.CceApi.NODE;
import static com.example.usage.CceApi.SOURCE;
import static com.example.usage.CceApi.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension as a user's project sees it: this package reaches only the library's public API, and talks to the
 * CCE API over plain HTTP with the URL and token the handle gives.
 */
@CceEmulatorTest
class NodeMigrationTests {

	private final CceEmulator emulator;

	private final CceApi cce;

	NodeMigrationTests(CceEmulator emulator) {
		this.emulator = emulator;
		this.cce = new CceApi(emulator);
	}

	@Test
	void migratesANodeStepByStepOnAFrozenClock() {
		this.emulator.clock().freeze();
		CceApi.Answer migration = this.cce.migrate(NODE);
		assertEquals(200, migration.status(), migration.body());
		String jobId = migration.field("jobID");
		assertEquals("Initializing", this.cce.phase(jobId));

		this.emulator.clock().advance(Duration.ofSeconds(1));
		assertEquals("Running", this.cce.phase(jobId));
		this.emulator.clock().toNextTransition();
		assertEquals("Success", this.cce.phase(jobId));
		assertEquals(200, this.cce.get("/clusters/" + TARGET + "/nodes/" + NODE).status());

		List<Call> migrations = this.emulator.journal().calls("MigrateNode");
		assertEquals(1, migrations.size());
		Call call = migrations.get(0);
		assertEquals(200, call.status());
		assertTrue(call.body().contains(NODE), call.body());
		assertEquals(jobId, call.changes().get("jobStarted"));
		assertEquals(List.of(NODE), call.changes().get("nodesMigrating"));
	}

	@Test
	void answersWithAnInstalledError() {
		String fault = this.emulator.faults()
			.add(Fault.error(500, "CCE.01500001").operation("MigrateNode").times(1).message("backend down"));

		assertEquals(500, this.cce.migrate(NODE).status());
		assertEquals(200, this.cce.migrate(NODE).status());

		assertEquals(0, this.emulator.faults().remaining(fault));
		List<Call> calls = this.emulator.journal().calls("MigrateNode");
		assertEquals(List.of(500, 200), calls.stream().map(Call::status).toList());
		assertEquals("CCE.01500001", calls.get(0).errorCode());
		assertNull(calls.get(1).errorCode());
	}

	@Test
	void throttlesPastARate() {
		this.emulator.clock().freeze();
		this.emulator.faults().add("""
				{"kind":"throttle","operation":"ListClusters","ratePerSecond":1}""");

		assertEquals(200, this.cce.get("/clusters").status());
		CceApi.Answer refusal = this.cce.get("/clusters");
		assertEquals(429, refusal.status());
		assertEquals("APIGW.0308", refusal.field("error_code"));

		this.emulator.clock().advance(Duration.ofSeconds(1));
		assertEquals(200, this.cce.get("/clusters").status());
	}

	@Test
	void failsTheMigrationJobAsPlanned() {
		this.emulator.clock().freeze();
		this.emulator.faults().add(Fault.jobFailure("no capacity").duringInitializing());

		String jobId = this.cce.migrate(NODE).field("jobID");
		this.emulator.clock().toNextTransition();

		CceApi.Answer job = this.cce.get("/jobs/" + jobId);
		assertEquals("Failed", job.field("phase"));
		assertTrue(job.field("reason").contains("no capacity"), job.body());
		assertEquals(200, this.cce.get("/clusters/" + SOURCE + "/nodes/" + NODE).status());
	}

	/** Each repetition would see the other's data, fault and calls if the extension did not reset between tests. */
	@RepeatedTest(2)
	void startsEveryTestFromAFreshEmulator() {
		assertEquals(List.of(), this.emulator.journal().calls());
		assertEquals(200, this.cce.get("/clusters/" + SOURCE).status());

		this.emulator.loadData("""
				{"projects":[
				  {"id":"%s","clusters":[{"id":"c1","name":"only-cluster","vpc":"vpc-1"}]},
				  {"id":"1b2c3d4e5f60718293a4b5c6d7e8f90a"}
				]}""".formatted(this.emulator.projectId()));
		this.emulator.faults().add(Fault.error(503, "CCE.01500001").operation("ShowCluster"));

		CceApi.Answer clusters = this.cce.get("/clusters");
		assertEquals(200, clusters.status());
		assertTrue(clusters.body().contains("\"only-cluster\"") && !clusters.body().contains("std-a-v123"),
				clusters.body());
		assertEquals(503, this.cce.get("/clusters/c1").status());
	}

}
