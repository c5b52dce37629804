package io.cceemulator.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/** The emulator's own metrics as Prometheus scrapes them from {@code /actuator/prometheus}. */
class PrometheusMetricsTests extends ApiTest {

	/** The value of the sample with exactly these labels, 0 when there is none yet. */
	private double sample(String name, Map<String, String> labels) {
		StringBuilder selector = new StringBuilder(name).append('{');
		new TreeMap<>(labels).forEach((k, v) -> selector.append(k).append("=\"").append(v).append("\","));
		selector.setLength(selector.length() - 1);
		String wanted = selector.append("} ").toString();
		String scrape = RestAssured.given().port(this.port).get("/actuator/prometheus").then().statusCode(200)
			.contentType(startsWith("text/plain")).extract().asString();
		return scrape.lines()
			.filter((line) -> line.startsWith(wanted))
			.mapToDouble((line) -> Double.parseDouble(line.substring(wanted.length()).trim()))
			.findFirst()
			.orElse(0);
	}

	/**
	 * The count once it has reached {@code expected} (or after a second): a call is counted when its response is
	 * complete, which its client may already have read.
	 */
	private double requestsReaching(double expected, String operation, int status, String errorCode)
			throws InterruptedException {
		double seen = requests(operation, status, errorCode);
		for (int i = 0; i < 50 && seen < expected; i++) {
			Thread.sleep(20);
			seen = requests(operation, status, errorCode);
		}
		return seen;
	}

	private double requests(String operation, int status, String errorCode) {
		return sample("cce_requests_total",
				Map.of("operation", operation, "status", Integer.toString(status), "error_code", errorCode));
	}

	private double jobs(String phase) {
		return sample("cce_jobs", Map.of("phase", phase));
	}

	@Test
	void countsCallsByOperationStatusAndErrorCode() throws InterruptedException {
		double shown = requests("ShowCluster", 200, "none");
		double missing = requests("ShowCluster", 404, "CCE.01404001");
		double unknown = requests("Unknown", 404, "APIGW.0101");

		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(200);
		api().get(projectPath() + "/clusters/" + STD_A).then().statusCode(200);
		api().get(projectPath() + "/clusters/no-such-cluster").then().statusCode(404);
		api().get(projectPath() + "/no-such-api").then().statusCode(404);

		assertThat(requestsReaching(shown + 2, "ShowCluster", 200, "none")).isEqualTo(shown + 2);
		assertThat(requestsReaching(missing + 1, "ShowCluster", 404, "CCE.01404001")).isEqualTo(missing + 1);
		assertThat(requestsReaching(unknown + 1, "Unknown", 404, "APIGW.0101")).isEqualTo(unknown + 1);
	}

	@Test
	void countsAFaultsAnswerUnderItsErrorCode() throws InterruptedException {
		admin().body("{\"kind\":\"error\",\"operation\":\"ListClusters\",\"times\":1,\"status\":503,\"errorCode\":\"CCE.01500001\"}")
			.post("/__admin/faults").then().statusCode(201);
		double before = requests("ListClusters", 503, "CCE.01500001");
		api().get(projectPath() + "/clusters").then().statusCode(503);
		assertThat(requestsReaching(before + 1, "ListClusters", 503, "CCE.01500001")).isEqualTo(before + 1);
	}

	@Test
	void countsJobsByPhaseAsTheClockMovesThem() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock").then().statusCode(200);
		assertThat(jobs("Initializing") + jobs("Running") + jobs("Success") + jobs("Failed")).isZero();

		api().body(Bodies.migrate(NODE_A1))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then().statusCode(200);
		assertThat(jobs("Initializing")).isEqualTo(1);

		advance(Duration.ofSeconds(1));
		assertThat(jobs("Initializing")).isZero();
		assertThat(jobs("Running")).isEqualTo(1);

		admin().body("{\"toNextTransition\":true}").post("/__admin/clock/advance").then().statusCode(200);
		assertThat(jobs("Running")).isZero();
		assertThat(jobs("Success")).isEqualTo(1);
	}

	private void advance(Duration by) {
		admin().body("{\"by\":\"" + by + "\"}").post("/__admin/clock/advance").then().statusCode(200);
	}

}
