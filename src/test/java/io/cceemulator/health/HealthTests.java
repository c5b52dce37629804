package io.cceemulator.health;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import io.cceemulator.support.ApiTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Health and probes at Actuator's paths, without a token, as Docker and Kubernetes ask for them. */
class HealthTests extends ApiTest {

	@Test
	void aStartedEmulatorIsUpWithItsProbeGroups() {
		RestAssured.given().port(this.port).get("/actuator/health").then().statusCode(200)
			.contentType(startsWith("application/json"))
			.body("status", equalTo("UP"))
			.body("groups", contains("liveness", "readiness"));
	}

	@Test
	void livenessAndReadinessProbesAreUp() {
		RestAssured.given().port(this.port).get("/actuator/health/liveness").then().statusCode(200)
			.body("status", equalTo("UP"));
		RestAssured.given().port(this.port).get("/actuator/health/readiness").then().statusCode(200)
			.body("status", equalTo("UP"));
	}

	@Autowired
	private ApplicationContext context;

	@Test
	void anEmulatorRefusingTrafficIsOutOfServiceButAlive() {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			RestAssured.given().port(this.port).get("/actuator/health/readiness").then().statusCode(503)
				.body("status", equalTo("OUT_OF_SERVICE"));
			RestAssured.given().port(this.port).get("/actuator/health").then().statusCode(503)
				.body("status", equalTo("OUT_OF_SERVICE"));
			RestAssured.given().port(this.port).get("/actuator/health/liveness").then().statusCode(200);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	@Test
	void anotherActuatorPathIsTheGatewaysNotFound() {
		RestAssured.given().port(this.port).get("/actuator/env").then().statusCode(404)
			.body("error_code", equalTo("APIGW.0101"));
	}

}
