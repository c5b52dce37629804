package io.cceemulator.admin;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.error.GatewayError;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

class ClockAndFaultTests extends ApiTest {

	private Response migrate(String... nodes) {
		return api().body(Bodies.migrate(nodes)).put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B);
	}

	private String phase(String jobId) {
		return api().get(projectPath() + "/jobs/" + jobId).then().extract().path("status.phase");
	}

	@Test
	void aManualClockMovesJobsOnlyWhenAdvanced() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock").then().body("mode", equalTo("manual"));
		String jobId = migrate(NODE_A1).then().extract().path("status.jobID");
		assertThat(phase(jobId)).isEqualTo("Initializing");
		admin().body("{\"by\":\"PT0.999S\"}").post("/__admin/clock/advance");
		assertThat(phase(jobId)).isEqualTo("Initializing");
		admin().body("{\"toNextTransition\":true}").post("/__admin/clock/advance");
		assertThat(phase(jobId)).isEqualTo("Running");
		admin().body("{\"toNextTransition\":true}").post("/__admin/clock/advance").then().body("nextTransition", equalTo(null));
		assertThat(phase(jobId)).isEqualTo("Success");
	}

	@Test
	void anInstantClockFinishesJobsWithinTheCall() {
		admin().body("{\"mode\":\"instant\"}").put("/__admin/clock");
		String jobId = migrate(NODE_A1).then().extract().path("status.jobID");
		assertThat(phase(jobId)).isEqualTo("Success");
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes/" + NODE_A1).then().body("status.phase", equalTo("Active"));
	}

	@Test
	void aFastClockRunsJobsAtItsSpeed() {
		admin().body("{\"mode\":\"real\",\"speed\":1000}").put("/__admin/clock");
		String jobId = migrate(NODE_A1).then().extract().path("status.jobID");
		long deadline = System.currentTimeMillis() + 5_000;
		while (!"Success".equals(phase(jobId)) && System.currentTimeMillis() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(phase(jobId)).isEqualTo("Success");
	}

	@Test
	void answersTheNextCallsWithAPlannedError() {
		admin().body("{\"kind\":\"error\",\"operation\":\"MigrateNode\",\"times\":2,\"status\":500,\"errorCode\":\"CCE.01500001\",\"message\":\"backend down\"}")
			.post("/__admin/faults").then().statusCode(201);
		assertCceError(migrate(NODE_A1), CceError.INTERNAL, "backend down");
		assertCceError(migrate(NODE_A1), CceError.INTERNAL, "backend down");
		migrate(NODE_A1).then().statusCode(200);
		admin().get("/__admin/faults").then().body("[0].remaining", equalTo(0));
	}

	@Test
	void errorsTheCallAfterTheOnesItLetsThrough() {
		admin().body("{\"kind\":\"error\",\"operation\":\"ShowCluster\",\"after\":2,\"times\":1,\"status\":500,"
				+ "\"errorCode\":\"CCE.01500001\"}").post("/__admin/faults").then().statusCode(201);
		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(200);
		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(200);
		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(500);
		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(200);
	}

	@Test
	void throttlesPastARateOfTheEmulatorsClock() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock");
		admin().body("{\"kind\":\"throttle\",\"operation\":\"ListClusters\",\"ratePerSecond\":2}").post("/__admin/faults");
		api().get(projectPath() + "/clusters").then().statusCode(200);
		api().get(projectPath() + "/clusters").then().statusCode(200);
		assertGatewayError(api().get(projectPath() + "/clusters"), GatewayError.THROTTLED,
				"policy user over ratelimit,limit:2,time:1 second");
		admin().body("{\"by\":\"PT1S\"}").post("/__admin/clock/advance");
		api().get(projectPath() + "/clusters").then().statusCode(200);
	}

	@Test
	void addsLatency() {
		admin().body("{\"kind\":\"latency\",\"operation\":\"ShowCluster\",\"delayMillis\":300,\"times\":1}").post("/__admin/faults");
		long started = System.nanoTime();
		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(200);
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
	}

	@Test
	void failsOneNodesMigrationMidInstall() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock");
		admin().body("{\"kind\":\"job\",\"node\":\"" + NODE_A1 + "\",\"phase\":\"Running\",\"reason\":\"disk attach failed\"}")
			.post("/__admin/faults");
		String jobId = migrate(NODE_A1, NODE_A2).then().extract().path("status.jobID");
		admin().body("{\"by\":\"PT4S\"}").post("/__admin/clock/advance");
		api().get(projectPath() + "/jobs/" + jobId).then()
			.body("status.phase", equalTo("Failed"))
			.body("status.reason", equalTo("sub-job of " + NODE_A1 + " failed: disk attach failed"));
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes/" + NODE_A1).then().body("status.phase", equalTo("Error"));
		api().get(projectPath() + "/clusters/" + STD_B + "/nodes/" + NODE_A2).then().body("status.phase", equalTo("Active"));
	}

	@Test
	void failsAWholeJobBeforeTheReinstallBegins() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock");
		admin().body("{\"kind\":\"job\",\"phase\":\"Initializing\",\"reason\":\"no capacity\"}").post("/__admin/faults");
		String jobId = migrate(NODE_A1).then().extract().path("status.jobID");
		admin().body("{\"by\":\"PT1S\"}").post("/__admin/clock/advance");
		assertThat(phase(jobId)).isEqualTo("Failed");
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_A1).then().body("status.phase", equalTo("Active"));
		migrate(NODE_A1).then().statusCode(200);
	}

	@Test
	void replaysASeededShareOfFailures() {
		String plan = "{\"kind\":\"error\",\"operation\":\"ListClusters\",\"status\":503,\"errorCode\":\"CCE.01500001\",\"probability\":0.5,\"seed\":42}";
		StringBuilder first = new StringBuilder();
		StringBuilder second = new StringBuilder();
		for (StringBuilder run : new StringBuilder[] { first, second }) {
			admin().delete("/__admin/faults");
			admin().body(plan).post("/__admin/faults");
			for (int i = 0; i < 20; i++) {
				run.append(api().get(projectPath() + "/clusters").statusCode() == 200 ? '.' : 'x');
			}
		}
		assertThat(first.toString()).isEqualTo(second.toString()).contains(".", "x");
	}

	@Test
	void refusesAnInvalidPlan() {
		admin().body("{\"kind\":\"error\",\"status\":200,\"errorCode\":\"x\"}").post("/__admin/faults")
			.then().statusCode(400).body("message", equalTo("fault plan: status must be 400 to 599"));
	}

}
