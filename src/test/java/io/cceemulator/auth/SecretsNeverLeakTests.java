package io.cceemulator.auth;

import java.util.ArrayList;
import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.cceemulator.auth.signing.SdkDate;
import io.cceemulator.sdk.SdkClients;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** After succeeding and failing calls of every kind, with debug logging on, no secret is in any response or log. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeakTests extends ApiTest {

	private static final List<String> LOGGERS = List.of("io.cceemulator", "org.springframework.web");

	private final List<String> responses = new ArrayList<>();

	@BeforeEach
	void debugLogging() {
		LOGGERS.forEach((name) -> LoggingSystem.get(getClass().getClassLoader()).setLogLevel(name, LogLevel.DEBUG));
	}

	@AfterEach
	void defaultLogging() {
		LOGGERS.forEach((name) -> LoggingSystem.get(getClass().getClassLoader()).setLogLevel(name, null));
	}

	private Response keep(Response response) {
		this.responses.add(response.headers().toString() + "\n" + response.asString());
		return response;
	}

	private Response withToken(String token, String path) {
		return keep(RestAssured.given().port(this.port).header("X-Auth-Token", token).get(path));
	}

	private Response requestToken(String password, String project) {
		return RestAssured.given().port(this.port).contentType("application/json").body(IamTokenTests
			.passwordBody(DefaultCredentials.USER, password, "{\"id\":\"" + project + "\"}")).post("/v3/auth/tokens");
	}

	@Test
	void keepsSecretKeysPasswordsAndTokensOutOfResponsesLogsAndTheFailureList(CapturedOutput output) {
		String clusters = projectPath() + "/clusters";
		withToken(DefaultCredentials.TOKEN, clusters);
		withToken(DefaultCredentials.TOKEN_B, "/api/v3/projects/" + OTHER_PROJECT + "/clusters");
		withToken(DefaultCredentials.TOKEN, "/api/v3/projects/" + OTHER_PROJECT + "/clusters");
		withToken(DefaultCredentials.TOKEN + "x", clusters);

		SignedRequests signed = SignedRequests.to(this.port, this.clock.instant());
		keep(signed.get(clusters + "/" + STD_A));
		keep(signed.send("PUT", clusters + "/" + STD_A + "/nodes/operation/migrateto/" + STD_B, Bodies.migrate(NODE_A1)));
		keep(signed.keys(DefaultCredentials.AK, DefaultCredentials.SK_B).get(clusters));
		keep(signed.keys(DefaultCredentials.AK, DefaultCredentials.SK).tamperedBody("{}").send("PUT", clusters, "{}"));
		Response masked = keep(signed.keys(DefaultCredentials.AK, "wrong")
			.header("X-Security-Token", DefaultCredentials.TOKEN)
			.get(clusters));
		assertThat(masked.jsonPath().getString("error_msg")).contains("|x-security-token:***|");

		Response issued = requestToken(DefaultCredentials.PASSWORD, PROJECT);
		String issuedToken = issued.header("X-Subject-Token");
		this.responses.add(issued.asString());
		withToken(issuedToken, clusters);
		keep(requestToken(DefaultCredentials.PASSWORD_B, PROJECT));
		keep(requestToken(DefaultCredentials.PASSWORD, OTHER_PROJECT));
		keep(RestAssured.given().port(this.port).contentType("application/json")
			.body("{\"auth\":{\"identity\":{\"password\":\"" + DefaultCredentials.PASSWORD).post("/v3/auth/tokens"));

		CceClient sdk = SdkClients.cce(this.port, DefaultCredentials.AK, DefaultCredentials.SK, PROJECT);
		sdk.listClustersInvoker(new ListClustersRequest())
			.addHeader("X-Sdk-Date", new SdkDate(this.clock.instant()).format())
			.invoke();
		CceClient wrong = SdkClients.cce(this.port, DefaultCredentials.AK, DefaultCredentials.SK_B, PROJECT);
		this.responses.add(String.valueOf(catchThrowable(() -> wrong.listClustersInvoker(new ListClustersRequest())
			.addHeader("X-Sdk-Date", new SdkDate(this.clock.instant()).format())
			.invoke())));
		keep(RestAssured.given().port(this.port).get("/__admin/auth/signature-failures"));

		List<String> secrets = new ArrayList<>(DefaultCredentials.SECRETS);
		secrets.add(issuedToken);
		assertThat(this.responses).hasSizeGreaterThan(15).allSatisfy((text) -> assertThat(text).doesNotContain(secrets));
		assertThat(output.getAll()).contains("does not match; the emulator computed").doesNotContain(secrets);
	}

}
