package io.cceemulator.auth;

import java.time.Duration;
import java.time.Instant;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.signing.SdkDate;
import io.cceemulator.error.GatewayError;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

class AccessKeyAuthenticationTests extends ApiTest {

	private static final String EMPTY_BODY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private SignedRequests signed() {
		return SignedRequests.to(this.port, this.clock.instant());
	}

	private String clusterPath() {
		return projectPath() + "/clusters/" + STD_A;
	}

	@Test
	void acceptsAGetSignedLikeTheSdk() {
		signed().header("X-Project-Id", PROJECT)
			.get(clusterPath() + "?detail=true")
			.then()
			.statusCode(200)
			.body("metadata.uid", equalTo(STD_A));
	}

	@Test
	void acceptsASignedPutWhoseBodyIsHashedAndStillReadByTheController() {
		signed().send("PUT", clusterPath() + "/nodes/operation/migrateto/" + STD_B, Bodies.migrate(NODE_A1))
			.then()
			.statusCode(200)
			.body("status.jobID", notNullValue());
	}

	@Test
	void refusesASignatureMadeWithAnotherSecretKeyAndShowsTheCanonicalRequest() {
		this.clock.freeze();
		String date = new SdkDate(this.clock.instant()).format();
		Response response = signed().keys(DefaultCredentials.AK, "AnotherSecretKey").get(clusterPath() + "?detail=true");

		String canonical = String.join("\n", "GET", clusterPath() + "/", "detail=true", "host:127.0.0.1:" + this.port,
				"user-agent:huaweicloud-usdk-java/3.0", "x-sdk-date:" + date, "", "host;user-agent;x-sdk-date",
				EMPTY_BODY_HASH);
		assertGatewayError(response, GatewayError.UNAUTHORIZED, "");
		assertThat(response.jsonPath().getString("error_msg")).isEqualTo(
				"Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:"
						+ canonical.replace('\n', '|'));
		Response failures = RestAssured.given().port(this.port).get("/__admin/auth/signature-failures");
		failures.then().statusCode(200);
		String requestId = response.header("X-Request-Id");
		String entry = "failures.find { it.requestId == '" + requestId + "' }";
		assertThat(failures.jsonPath().getString(entry + ".accessKey")).isEqualTo(DefaultCredentials.AK);
		assertThat(failures.jsonPath().getString(entry + ".method")).isEqualTo("GET");
		assertThat(failures.jsonPath().getString(entry + ".path")).isEqualTo(clusterPath() + "?detail=true");
		assertThat(failures.jsonPath().getString(entry + ".reason")).isEqualTo("verify aksk signature fail");
		assertThat(failures.jsonPath().getString(entry + ".canonicalRequest")).isEqualTo(canonical);
		assertThat(failures.jsonPath().getString(entry + ".stringToSign")).startsWith("SDK-HMAC-SHA256\n" + date + "\n");
		assertThat(failures.asString()).doesNotContain(DefaultCredentials.SK, "AnotherSecretKey");
	}

	@Test
	void refusesABodyOtherThanTheSignedOne() {
		Response response = signed().tamperedBody(Bodies.migrate(STD_B))
			.send("PUT", clusterPath() + "/nodes/operation/migrateto/" + STD_B, Bodies.migrate(NODE_A1));
		assertGatewayError(response, GatewayError.UNAUTHORIZED,
				"Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:PUT|");
	}

	@Test
	void refusesAnUnknownAccessKey() {
		Response response = signed().keys("NOSUCHACCESSKEY00000", DefaultCredentials.SK).get(clusterPath());
		assertGatewayError(response, GatewayError.UNAUTHORIZED, "");
		assertThat(response.jsonPath().getString("error_msg"))
			.isEqualTo("Incorrect IAM authentication information: ak NOSUCHACCESSKEY00000 not exist");
	}

	@Test
	void refusesADateOutsideTheWindowOfTheEmulatorsClock() {
		this.clock.freeze();
		Instant now = this.clock.instant();
		signed().date(now.minus(Duration.ofMinutes(15))).get(clusterPath()).then().statusCode(200);
		signed().date(now.plus(Duration.ofMinutes(15))).get(clusterPath()).then().statusCode(200);

		Instant stale = now.minus(Duration.ofMinutes(16));
		Response response = signed().date(stale).get(clusterPath());
		assertGatewayError(response, GatewayError.UNAUTHORIZED, "");
		assertThat(response.jsonPath().getString("error_msg"))
			.isEqualTo("Incorrect IAM authentication information: signature expired, signature time:"
					+ new SdkDate(stale).format() + ",server time:" + new SdkDate(now).format());
	}

	@Test
	void refusesTheAccessKeyOfAnotherProject() {
		assertGatewayError(signed().keys(DefaultCredentials.AK_B, DefaultCredentials.SK_B).get(clusterPath()),
				GatewayError.NOT_AUTHORIZED, "The IAM user is not authorized to access the API: the credential is "
						+ "not granted project " + PROJECT);
		signed().keys(DefaultCredentials.AK_B, DefaultCredentials.SK_B)
			.get("/api/v3/projects/" + OTHER_PROJECT + "/clusters")
			.then()
			.statusCode(200)
			.body("items.size()", equalTo(1));
	}

	@Test
	void refusesAnXProjectIdOtherThanThePathsProject() {
		assertGatewayError(signed().header("X-Project-Id", OTHER_PROJECT).get(clusterPath()),
				GatewayError.NOT_AUTHORIZED, "X-Project-Id " + OTHER_PROJECT + " does not match project " + PROJECT);
	}

	@Test
	void refusesAMalformedAuthorizationHeader() {
		Response response = RestAssured.given()
			.port(this.port)
			.header("Authorization", "SDK-HMAC-SHA256 Access=" + DefaultCredentials.AK)
			.get(clusterPath());
		assertGatewayError(response, GatewayError.UNAUTHORIZED,
				"Incorrect IAM authentication information: Authorization header has no SignedHeaders");
	}

	@Test
	void refusesASignedBodyOverTheLimitWithTheGatewaysCode() {
		String huge = "{\"spec\":\"" + "x".repeat(1024 * 1024) + "\"}";
		Response response = signed().send("PUT", clusterPath() + "/nodes/operation/migrateto/" + STD_B, huge);
		assertGatewayError(response, GatewayError.REQUEST_TOO_LARGE, "Request entity too large: a signed body may "
				+ "have at most 1048576 bytes");
	}

}
