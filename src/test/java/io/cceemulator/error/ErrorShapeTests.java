package io.cceemulator.error;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.Defaults.STD_A;
import static org.assertj.core.api.Assertions.assertThat;

/** Spring's own failures leave in the gateway's or CCE's body, never Spring's default JSON or a stack trace. */
class ErrorShapeTests extends ApiTest {

	@Test
	void answersAnUnknownPathAsTheGatewayDoes() {
		assertGatewayError(api().get("/api/v3/projects/p/nothing-here"), GatewayError.API_NOT_FOUND,
				"The API does not exist or has not been published in the environment");
		assertGatewayError(RestAssured.given().port(this.port).get("/"), GatewayError.API_NOT_FOUND, "does not exist");
	}

	@Test
	void answersAnUnsupportedMethodAsAnUnknownApi() {
		assertGatewayError(api().post(projectPath() + "/clusters/" + STD_A), GatewayError.API_NOT_FOUND,
				"does not exist");
		assertGatewayError(api().delete(projectPath() + "/jobs/x"), GatewayError.API_NOT_FOUND, "does not exist");
	}

	@Test
	void answersJsonWhateverTheClientSaysItAccepts() {
		api().accept("text/plain").get(projectPath() + "/clusters/" + STD_A).then().statusCode(200)
			.contentType(org.hamcrest.Matchers.startsWith("application/json"));
		assertCceError(api().accept("text/html").get(projectPath() + "/clusters/no-such-cluster"), CceError.NOT_FOUND,
				"Cluster no-such-cluster not found");
	}

	@Test
	void refusesACallWithoutToken() {
		Response response = RestAssured.given().port(this.port).get(projectPath() + "/clusters");
		assertGatewayError(response, GatewayError.UNAUTHORIZED, "Incorrect IAM authentication information");
	}

	@Test
	void refusesAnEmptyBody() {
		Response response = api().put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/x");
		assertCceError(response, CceError.INVALID_REQUEST, "request body is required");
	}

	@Test
	void neverAnswersWithAStackTrace() {
		Response response = api().body("{\"spec\":{\"nodes\":[[[[[[[]]]]]]]}}")
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/x");
		assertCceError(response, CceError.INVALID_REQUEST, "spec.nodes[0]: expected an object");
		assertThat(response.asString()).doesNotContain("Exception", "at io.", "at org.", "java.");
	}

	@Test
	void givesEverySuccessfulResponseARequestId() {
		Response response = api().get(projectPath() + "/clusters");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.header("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(response.contentType()).startsWith("application/json");
	}

}
