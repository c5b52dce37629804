package io.cceemulator.auth;

import java.time.Duration;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.GatewayError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

class IamTokenTests extends ApiTest {

	static String passwordBody(String user, String password, String scope) {
		return """
				{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","password":"%s",
				"domain":{"name":"%s"}}}},"scope":{"project":%s}}}""".formatted(user, password, DefaultCredentials.DOMAIN,
				scope);
	}

	private Response requestToken(String body) {
		return RestAssured.given()
			.port(this.port)
			.contentType("application/json;charset=utf8")
			.body(body)
			.post("/v3/auth/tokens");
	}

	private void assertIamError(Response response, int status, String code, String message) {
		response.then()
			.statusCode(status)
			.contentType("application/json")
			.body("error.code", equalTo(status))
			.body("error.message", equalTo(message))
			.body("error_code", equalTo(code))
			.body("error_msg", equalTo(message));
		assertThat(response.header("X-Subject-Token")).isNull();
		assertThat(response.header("X-Request-Id")).isNotBlank();
	}

	@Test
	void issuesAProjectScopedTokenThatOpensThatProjectsApi() {
		this.clock.freeze();
		Response response = requestToken(
				passwordBody(DefaultCredentials.USER, DefaultCredentials.PASSWORD, "{\"id\":\"" + PROJECT + "\"}"));
		response.then()
			.statusCode(201)
			.body("token.methods", equalTo(java.util.List.of("password")))
			.body("token.project.id", equalTo(PROJECT))
			.body("token.project.name", equalTo("cn-north-4"))
			.body("token.project.domain.name", equalTo(DefaultCredentials.DOMAIN))
			.body("token.user.name", equalTo(DefaultCredentials.USER))
			.body("token.user.domain.name", equalTo(DefaultCredentials.DOMAIN))
			.body("token.catalog", hasSize(0))
			.body("token.expires_at", equalTo(IamTokenResponse.format(this.clock.instant().plus(Duration.ofHours(24)))))
			.body("token.issued_at", equalTo(IamTokenResponse.format(this.clock.instant())));
		String token = response.header("X-Subject-Token");
		assertThat(token).startsWith("MII").hasSizeGreaterThan(40).doesNotContain(DefaultCredentials.PASSWORD);
		assertThat(response.asString()).doesNotContain(token, DefaultCredentials.PASSWORD);

		RestAssured.given().port(this.port).header("X-Auth-Token", token).get(projectPath() + "/clusters")
			.then()
			.statusCode(200);
		assertGatewayError(RestAssured.given().port(this.port).header("X-Auth-Token", token)
			.get("/api/v3/projects/" + OTHER_PROJECT + "/clusters"), GatewayError.NOT_AUTHORIZED, "not granted project");
	}

	@Test
	void scopesATokenByProjectNameAndIssuesADifferentTokenEachTime() {
		String body = passwordBody(DefaultCredentials.USER_B, DefaultCredentials.PASSWORD_B,
				"{\"name\":\"cn-north-4_team-b\"}");
		Response first = requestToken(body);
		first.then().statusCode(201).body("token.project.id", equalTo(OTHER_PROJECT));
		assertThat(requestToken(body).header("X-Subject-Token")).isNotEqualTo(first.header("X-Subject-Token"));
	}

	@Test
	void refusesAWrongPasswordOrUnknownUserAlikeInIamsShape() {
		String project = "{\"id\":\"" + PROJECT + "\"}";
		String message = "The request you have made requires authentication.";
		assertIamError(requestToken(passwordBody(DefaultCredentials.USER, "wrong", project)), 401, "IAM.0001", message);
		assertIamError(requestToken(passwordBody("nobody", DefaultCredentials.PASSWORD, project)), 401, "IAM.0001",
				message);
		assertIamError(requestToken(passwordBody(DefaultCredentials.USER_B, DefaultCredentials.PASSWORD_B, project)),
				401, "IAM.0001", message);
	}

	@Test
	void refusesAnUnknownProjectOrABodyThatIsNotATokenRequest() {
		assertIamError(requestToken(passwordBody(DefaultCredentials.USER, DefaultCredentials.PASSWORD,
				"{\"id\":\"no-such-project\"}")), 400, "IAM.1109", "The project information cannot be found.");
		assertIamError(requestToken("{\"auth\":{\"identity\":{\"methods\":[\"token\"]}}}"), 400, "IAM.0011",
				"Request body is invalid.");
		Response malformed = requestToken("{\"auth\": \"" + DefaultCredentials.PASSWORD);
		assertIamError(malformed, 400, "IAM.0011", "Request body is invalid.");
		assertThat(malformed.asString()).doesNotContain(DefaultCredentials.PASSWORD);
	}

}
