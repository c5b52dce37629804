package io.cceemulator.junit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.example.usage.CceApi;
import org.junit.jupiter.api.Test;

import static com.example.usage.CceApi.NODE;
import static com.example.usage.CceApi.SOURCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every part of the handle against a real emulator, over its admin API. */
@CceEmulatorTest
class CceEmulatorHandleTests {

	private final CceEmulator emulator;

	private final CceApi cce;

	CceEmulatorHandleTests(CceEmulator emulator) {
		this.emulator = emulator;
		this.cce = new CceApi(emulator);
	}

	private int installedFaults() {
		return Json.array(new AdminClient(this.emulator.baseUrl(), "").get("/__admin/faults")).size();
	}

	@Test
	void namesItsAddressAndTheDefaultProject() {
		assertTrue(this.emulator.baseUrl().matches("http://localhost:\\d+"), this.emulator.baseUrl());
		assertEquals(this.emulator.baseUrl() + "/api/v3/projects/0a1b2c3d4e5f60718293a4b5c6d7e8f9",
				this.emulator.projectUrl());
		assertEquals(200, this.cce.get("/clusters").status());
	}

	@Test
	void drivesTheClockThroughEveryMode() {
		EmulatorClock clock = this.emulator.clock().freeze();
		assertEquals("manual", clock.mode());
		Instant frozen = clock.now();
		assertEquals(frozen.plus(Duration.ofMinutes(5)), clock.advance(Duration.ofMinutes(5)).now());
		assertEquals(frozen.plus(Duration.ofHours(1)), clock.advanceTo(frozen.plus(Duration.ofHours(1))).now());
		assertEquals(Optional.empty(), clock.nextTransition());

		String jobId = this.cce.migrate(NODE).field("jobID");
		assertEquals(Optional.of(clock.now().plusSeconds(1)), clock.nextTransition());
		clock.toNextTransition().toNextTransition();
		assertEquals("Success", this.cce.phase(jobId));
		assertEquals(Optional.empty(), clock.nextTransition());

		assertEquals("real", clock.real(60).mode());
		assertEquals("instant", clock.instant().mode());
		assertEquals("real", clock.real().mode());
	}

	@Test
	void installsEveryKindOfFaultTheBuilderMakes() {
		Faults faults = this.emulator.faults();
		faults.add(Fault.error(500, "CCE.01500001").operation("ShowCluster").method("GET").path("/clusters/").message("x"));
		faults.add(Fault.throttle(100).operation("ListClusters"));
		faults.add(Fault.latency(Duration.ofMillis(1)).jitter(Duration.ofMillis(2)).probability(0.5, 7L));
		String job = faults.add(Fault.jobFailure("disk attach failed").node(NODE).times(1).id("one-node"));
		faults.add(Fault.jobFailure("no capacity").duringInitializing());

		assertEquals("one-node", job);
		assertEquals(1, faults.remaining("one-node"));
		assertEquals(5, installedFaults());
		faults.remove("one-node");
		assertEquals(4, installedFaults());
		faults.clear();
		assertEquals(0, installedFaults());
	}

	@Test
	void reportsARefusedPlanWithTheAdminApisMessage() {
		IllegalStateException refusal = assertThrows(IllegalStateException.class,
				() -> this.emulator.faults().add(Fault.error(200, "X")));
		assertTrue(refusal.getMessage().contains("400"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("status must be 400 to 599"), refusal.getMessage());
	}

	@Test
	void readsTheJournalAsCalls() {
		CceApi.Answer missing = this.cce.get("/clusters/nope?detail=true");
		assertEquals(404, missing.status());
		List<Call> calls = this.emulator.journal().calls("ShowCluster");
		assertEquals(1, calls.size());
		Call call = calls.get(0);
		assertEquals(missing.requestId(), call.requestId());
		assertEquals("GET", call.method());
		assertEquals("/api/v3/projects/" + this.emulator.projectId() + "/clusters/nope", call.path());
		assertEquals("detail=true", call.query());
		assertEquals(404, call.status());
		assertEquals("CCE.01404001", call.errorCode());
		assertNull(call.body());
		this.emulator.journal().clear();
		assertEquals(List.of(), this.emulator.journal().calls());
	}

	@Test
	void loadsExportsAndResetsData() {
		String exported = this.emulator.exportData();
		assertTrue(exported.contains(SOURCE), exported);
		this.emulator.loadData(exported.replace("std-a-v123", "renamed"));
		assertEquals("renamed", this.cce.get("/clusters/" + SOURCE).field("name"));
		this.emulator.reset();
		assertEquals("std-a-v123", this.cce.get("/clusters/" + SOURCE).field("name"));
	}

}
