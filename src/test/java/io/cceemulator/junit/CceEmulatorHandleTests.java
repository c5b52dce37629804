package io.cceemulator.junit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.equalTo;

/** The handle driving an emulator it did not start (this suite's server), as it would one in Docker. */
class CceEmulatorHandleTests extends ApiTest {

	private CceEmulator emulator;

	@BeforeEach
	void connect() {
		this.emulator = CceEmulator.connect("http://localhost:" + this.port + "/");
	}

	private String migrate(String node) {
		return api().body(Bodies.migrate(node))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then().extract().path("status.jobID");
	}

	@Test
	void namesTheDefaultDataAndItsCredentials() {
		assertThat(this.emulator.baseUrl()).isEqualTo("http://localhost:" + this.port);
		assertThat(this.emulator.projectUrl()).isEqualTo("http://localhost:" + this.port + projectPath());
		assertThat(this.emulator.token()).isEqualTo(TOKEN);
		assertThat(this.emulator.accessKey()).isEqualTo(DefaultCredentials.AK);
		assertThat(this.emulator.secretKey()).isEqualTo(DefaultCredentials.SK);
	}

	@Test
	void drivesTheClockThroughEveryMode() {
		EmulatorClock clock = this.emulator.clock().freeze();
		assertThat(clock.mode()).isEqualTo("manual");
		Instant frozen = clock.now();
		assertThat(clock.advance(Duration.ofMinutes(5)).now()).isEqualTo(frozen.plus(Duration.ofMinutes(5)));
		assertThat(clock.advanceTo(frozen.plus(Duration.ofHours(1))).now()).isEqualTo(frozen.plus(Duration.ofHours(1)));
		assertThat(clock.nextTransition()).isEmpty();

		String jobId = migrate(NODE_A1);
		assertThat(clock.nextTransition()).contains(clock.now().plusSeconds(1));
		clock.toNextTransition().toNextTransition();
		assertThat(this.emulator.journal().calls("MigrateNode")).singleElement()
			.satisfies((call) -> assertThat(call.changes()).containsEntry("jobStarted", jobId));
		assertThat(clock.nextTransition()).isEmpty();

		assertThat(clock.real(60).mode()).isEqualTo("real");
		assertThat(clock.instant().mode()).isEqualTo("instant");
		assertThat(clock.real().mode()).isEqualTo("real");
	}

	@Test
	void installsEveryKindOfFaultTheBuilderMakes() {
		Faults faults = this.emulator.faults();
		faults.add(Fault.error(500, "CCE.01500001").operation("ShowCluster").method("GET").path("/clusters/").message("x"));
		faults.add(Fault.throttle(100).operation("ListClusters"));
		faults.add(Fault.latency(Duration.ofMillis(1)).jitter(Duration.ofMillis(2)).probability(0.5, 7L));
		String job = faults.add(Fault.jobFailure("disk attach failed").node(NODE_A1).times(1).id("one-node"));
		faults.add(Fault.jobFailure("no capacity").duringInitializing());

		assertThat(job).isEqualTo("one-node");
		assertThat(faults.remaining("one-node")).isEqualTo(1);
		admin().get("/__admin/faults").then().body("size()", equalTo(5));
		faults.remove("one-node");
		admin().get("/__admin/faults").then().body("size()", equalTo(4));
		faults.clear();
		admin().get("/__admin/faults").then().body("size()", equalTo(0));
	}

	@Test
	void reportsARefusedPlanWithTheAdminApisMessage() {
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.faults().add(Fault.error(200, "X")))
			.withMessageContaining("400")
			.withMessageContaining("status must be 400 to 599");
	}

	@Test
	void readsTheJournalAsCalls() {
		String requestId = api().get(projectPath() + "/clusters/nope?detail=true").then().statusCode(404).extract()
			.header("X-Request-Id");
		assertThat(this.emulator.journal().calls("ShowCluster")).singleElement().satisfies((call) -> {
			assertThat(call.requestId()).isEqualTo(requestId);
			assertThat(call.method()).isEqualTo("GET");
			assertThat(call.path()).isEqualTo(projectPath() + "/clusters/nope");
			assertThat(call.query()).isEqualTo("detail=true");
			assertThat(call.status()).isEqualTo(404);
			assertThat(call.errorCode()).isEqualTo("CCE.01404001");
			assertThat(call.body()).isNull();
		});
		this.emulator.journal().clear();
		assertThat(this.emulator.journal().calls()).isEmpty();
	}

	@Test
	void loadsExportsAndResetsData() {
		String exported = this.emulator.exportData();
		assertThat(exported).contains(STD_A);
		this.emulator.loadData(exported.replace("std-a-v123", "renamed"));
		api().get(projectPath() + "/clusters/" + STD_A).then().body("metadata.name", equalTo("renamed"));
		this.emulator.reset();
		api().get(projectPath() + "/clusters/" + STD_A).then().body("metadata.name", equalTo("std-a-v123"));
	}

}
