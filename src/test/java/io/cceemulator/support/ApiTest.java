package io.cceemulator.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.cceemulator.data.DataLoader;
import io.cceemulator.system.VirtualClock;

/**
 * Base of the tests that drive the whole server over real HTTP on a random port. All of them share one Spring
 * context (same configuration), and each test starts from the default data with a running clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected DataLoader data;

	@Autowired
	protected VirtualClock clock;

	/** The admin API's reset: default data, no jobs, faults or journal entries, a real-time clock. */
	@BeforeEach
	void startFromDefaultData() {
		admin().post("/__admin/reset").then().statusCode(200);
	}

	/** A request to the admin API (open to loopback clients by default). */
	protected RequestSpecification admin() {
		return RestAssured.given().port(this.port).contentType(ContentType.JSON);
	}

	/** A request of the default project's user, with a JSON body type. */
	protected RequestSpecification api() {
		return apiAs(Defaults.TOKEN);
	}

	/** A request with the given token (e.g. {@link Defaults#TOKEN_B}, project B's). */
	protected RequestSpecification apiAs(String token) {
		return RestAssured.given()
			.port(this.port)
			.urlEncodingEnabled(false)
			.header("X-Auth-Token", token)
			.contentType(ContentType.JSON);
	}

	protected String projectPath() {
		return "/api/v3/projects/" + Defaults.PROJECT;
	}

}
