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

	@BeforeEach
	void startFromDefaultData() {
		this.clock.release();
		this.data.reset();
	}

	/** A request of the default project's user, with a JSON body type. */
	protected RequestSpecification api() {
		return RestAssured.given()
			.port(this.port)
			.urlEncodingEnabled(false)
			.header("X-Auth-Token", Defaults.TOKEN)
			.contentType(ContentType.JSON);
	}

	protected String projectPath() {
		return "/api/v3/projects/" + Defaults.PROJECT;
	}

}
