package io.cceemulator.sdk;

import java.time.Duration;
import java.time.Instant;

import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowClusterRequest;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.auth.signing.SdkDate;
import io.cceemulator.error.CceError;
import io.cceemulator.error.GatewayError;

import static io.cceemulator.sdk.SdkClients.migrate;
import static io.cceemulator.sdk.SdkClients.refusal;
import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.TURBO_A;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of refusal, as the official SDK surfaces it: status, error code, error message and request id. */
class SdkRefusalTests extends SdkTest {

	private static final String IAM = GatewayError.UNAUTHORIZED.message() + ": ";

	private static ClientRequestException cce(ClientRequestException ex, CceError error) {
		assertThat(ex.getHttpStatusCode()).isEqualTo(error.status().value());
		assertThat(ex.getErrorCode()).isEqualTo(error.sdkCode());
		assertThat(ex.getErrorMsg()).isEqualTo(error.sdkMessage());
		return ex;
	}

	@Test
	void reportsAValidationFailure() {
		cce(refusal(() -> call(cce().migrateNodeInvoker(migrate(STD_A, STD_B))), 400, "CCE_CM.0004",
				"Request is invalid"), CceError.INVALID_REQUEST);
	}

	@Test
	void reportsAClusterThatDoesNotExist() {
		cce(refusal(() -> call(cce().showClusterInvoker(new ShowClusterRequest().withClusterId("no-such-cluster"))),
				404, "CCE_CM.0003", "Resource not found"), CceError.NOT_FOUND);
	}

	@Test
	void reportsARuleViolation() {
		cce(refusal(() -> call(cce().migrateNodeInvoker(migrate(STD_A, TURBO_A, NODE_A1))), 400, "CCE_CM.0004",
				"Request is invalid"), CceError.INVALID_REQUEST);
	}

	@Test
	void reportsANodeLockedByAnotherMigration() {
		this.clock.freeze();
		call(cce().migrateNodeInvoker(migrate(STD_A, STD_B, NODE_A1)));
		cce(refusal(() -> call(cce().migrateNodeInvoker(migrate(STD_A, STD_B, NODE_A1))), 429, "CCE.01429002",
				"Resource locked by other requests"), CceError.RESOURCE_LOCKED);
	}

	@Test
	void reportsASignatureMadeWithTheWrongSecretKeyWithTheCanonicalRequest() {
		this.clock.freeze();
		String date = new SdkDate(this.clock.instant()).format();
		ClientRequestException ex = refusal(() -> call(
				cce(DefaultCredentials.AK, "NotTheSecretKey", PROJECT).listClustersInvoker(new ListClustersRequest())),
				401, "APIGW.0301", null);
		String canonical = String.join("\n", "GET", projectPath() + "/clusters/", "", "host:127.0.0.1:" + this.port,
				"user-agent:huaweicloud-usdk-java/3.0", "x-project-id:" + PROJECT, "x-sdk-date:" + date, "",
				"host;user-agent;x-project-id;x-sdk-date",
				"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(ex.getErrorMsg())
			.isEqualTo(IAM + "verify aksk signature fail, canonicalRequest:" + canonical.replace('\n', '|'));
		assertThat(RestAssured.given().port(this.port).get("/__admin/auth/signature-failures").jsonPath()
			.getString("failures.find { it.requestId == '" + ex.getRequestId() + "' }.canonicalRequest"))
			.isEqualTo(canonical);
	}

	@Test
	void reportsAnUnknownAccessKey() {
		refusal(() -> call(cce("NOSUCHACCESSKEY00000", DefaultCredentials.SK, PROJECT)
			.listClustersInvoker(new ListClustersRequest())), 401, "APIGW.0301", IAM + "ak NOSUCHACCESSKEY00000 not exist");
	}

	@Test
	void reportsADateOutsideTheWindowOfTheEmulatorsClock() {
		this.clock.freeze();
		Instant now = this.clock.instant();
		String stale = new SdkDate(now.minus(Duration.ofMinutes(16))).format();
		refusal(() -> cce().listClustersInvoker(new ListClustersRequest()).addHeader("X-Sdk-Date", stale).invoke(),
				401, "APIGW.0301",
				IAM + "signature expired, signature time:" + stale + ",server time:" + new SdkDate(now).format());
	}

	@Test
	void reportsACredentialOfAnotherProject() {
		refusal(() -> call(cce(DefaultCredentials.AK, DefaultCredentials.SK, OTHER_PROJECT)
			.listClustersInvoker(new ListClustersRequest())), 403, "APIGW.0302",
				GatewayError.NOT_AUTHORIZED.message() + ": the credential is not granted project " + OTHER_PROJECT);
	}

}
