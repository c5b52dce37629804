package io.cceemulator.auth;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.GatewayError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.OTHER_PROJECT_CLUSTER;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_A;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

class TokenAuthenticationTests extends ApiTest {

	private RequestSpecification withToken(String token) {
		return RestAssured.given().port(this.port).header("X-Auth-Token", token);
	}

	private static String clusters(String project) {
		return "/api/v3/projects/" + project + "/clusters";
	}

	@Test
	void acceptsTheConfiguredTokenOfEachProjectOnItsOwnProject() {
		withToken(DefaultCredentials.TOKEN).get(clusters(PROJECT) + "/" + STD_A).then().statusCode(200);
		withToken(DefaultCredentials.TOKEN_B).get(clusters(OTHER_PROJECT))
			.then()
			.statusCode(200)
			.body("items", hasSize(1))
			.body("items[0].metadata.uid", equalTo(OTHER_PROJECT_CLUSTER));
	}

	@Test
	void refusesACallWithoutCredentials() {
		assertGatewayError(RestAssured.given().port(this.port).get(clusters(PROJECT)), GatewayError.UNAUTHORIZED,
				"Incorrect IAM authentication information: x-auth-token not found");
		assertGatewayError(withToken(" ").get(clusters(PROJECT)), GatewayError.UNAUTHORIZED,
				"Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void refusesAnUnknownToken() {
		assertGatewayError(withToken("not-a-token").get(clusters(PROJECT)), GatewayError.UNAUTHORIZED,
				"Incorrect IAM authentication information: decrypt token fail");
	}

	@Test
	void refusesATokenOfAnotherProjectWhateverThePathNames() {
		assertGatewayError(withToken(DefaultCredentials.TOKEN).get(clusters(OTHER_PROJECT)),
				GatewayError.NOT_AUTHORIZED, "The IAM user is not authorized to access the API: the credential is not "
						+ "granted project " + OTHER_PROJECT);
		assertGatewayError(withToken(DefaultCredentials.TOKEN_B).get(clusters(PROJECT) + "/" + STD_A),
				GatewayError.NOT_AUTHORIZED, "not granted project " + PROJECT);
		assertGatewayError(withToken(DefaultCredentials.TOKEN).get(clusters(OTHER_PROJECT) + "/" + OTHER_PROJECT_CLUSTER),
				GatewayError.NOT_AUTHORIZED, "not granted project " + OTHER_PROJECT);
	}

	@Test
	void refusesAnXProjectIdOtherThanThePathsProject() {
		assertGatewayError(withToken(DefaultCredentials.TOKEN).header("X-Project-Id", OTHER_PROJECT)
			.get(clusters(PROJECT)), GatewayError.NOT_AUTHORIZED,
				"X-Project-Id " + OTHER_PROJECT + " does not match project " + PROJECT + " in the path");
	}

	@Test
	void answersAnUnknownPathWithTheGatewaysNotFound() {
		assertGatewayError(withToken(DefaultCredentials.TOKEN).get("/api/v3/projects/" + PROJECT + "/no-such-api"),
				GatewayError.API_NOT_FOUND, GatewayError.API_NOT_FOUND.message());
	}

}
