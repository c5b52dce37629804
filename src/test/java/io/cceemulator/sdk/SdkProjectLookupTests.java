package io.cceemulator.sdk;

import java.util.List;
import java.util.Map;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.Cluster;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.auth.AuthCache;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.SdkException;
import com.huaweicloud.sdk.core.region.Region;
import io.restassured.RestAssured;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;

import static io.cceemulator.support.Defaults.OTHER_PROJECT_CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The official SDK given a region but no project id: it looks the project up in IAM ({@code GET /v3/projects?name=}
 * at the IAM endpoint it is given, signed with its AK/SK) before its first call, as it does against the cloud.
 */
class SdkProjectLookupTests extends SdkTest {

	/** The SDK keeps what it looked up per AK and region for the JVM's life; each test starts without. */
	@BeforeEach
	void forgetWhatTheSdkLookedUp() {
		for (String region : List.of("cn-north-4", "cn-north-4_team-b")) {
			AuthCache.removeAuth(DefaultCredentials.AK + region);
			AuthCache.removeAuth(DefaultCredentials.AK_B + region);
		}
		AuthCache.removeAuth(DefaultCredentials.AK);
	}

	private String endpoint() {
		return "http://127.0.0.1:" + this.port;
	}

	private CceClient withoutProjectId(String ak, String sk, String region) {
		return CceClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(ak).withSk(sk).withIamEndpoint(endpoint()))
			.withRegion(new Region(region, endpoint()))
			.build();
	}

	private List<String> clusterIds(CceClient cce) {
		return call(cce.listClustersInvoker(new ListClustersRequest())).getItems()
			.stream()
			.map(Cluster::getMetadata)
			.map((metadata) -> metadata.getUid())
			.toList();
	}

	/** "METHOD path?query status" of each recorded call of the operation. */
	private List<String> journal(String operation) {
		List<Map<String, Object>> calls = admin().get("/__admin/journal?operation=" + operation).then().statusCode(200)
			.extract().jsonPath().getList("$");
		return calls.stream().map((c) -> c.get("method") + " " + c.get("path")
				+ ((c.get("query") != null) ? "?" + c.get("query") : "") + " " + c.get("status")).toList();
	}

	@Test
	void looksUpTheProjectOfItsRegionAndCallsCceInIt() {
		CceClient cce = withoutProjectId(DefaultCredentials.AK, DefaultCredentials.SK, "cn-north-4");
		assertThat(journal("KeystoneListProjects")).containsExactly("GET /v3/projects?name=cn-north-4 200");
		assertThat(clusterIds(cce)).isEqualTo(clusterIds(cce()));
	}

	@Test
	void looksUpASubProjectByItsName() {
		CceClient cce = withoutProjectId(DefaultCredentials.AK_B, DefaultCredentials.SK_B, "cn-north-4_team-b");
		assertThat(clusterIds(cce)).containsExactly(OTHER_PROJECT_CLUSTER);
	}

	@Test
	void failsWithIamsTraceIdWhenTheKeySeesNoProjectOfTheRegion() {
		Throwable failure = catchThrowable(
				() -> withoutProjectId(DefaultCredentials.AK, DefaultCredentials.SK, "cn-north-4_team-b"));
		String traceId = admin().get("/__admin/journal?operation=KeystoneListProjects").then().extract()
			.path("[0].requestId");
		assertThat(rootCause(failure)).isInstanceOf(SdkException.class)
			.hasMessageStartingWith("Failed to get project id of region 'cn-north-4_team-b' automatically, "
					+ "X-IAM-Trace-Id=" + traceId + ".");
	}

	@Test
	void reportsARefusedLookupAsTheGatewaysRefusal() {
		ClientRequestException badKey = refusal(
				() -> withoutProjectId(DefaultCredentials.AK, "not-the-secret-key", "cn-north-4"));
		assertThat(badKey.getErrorMsg()).startsWith("Incorrect IAM authentication information: verify aksk signature fail");
		ClientRequestException unknownKey = refusal(
				() -> withoutProjectId("UNKNOWNAK", DefaultCredentials.SK, "cn-north-4"));
		assertThat(unknownKey.getErrorMsg()).isEqualTo("Incorrect IAM authentication information: ak UNKNOWNAK not exist");
	}

	/** The SDK's global services look their account up instead ({@code GET /v3/auth/domains}); CCE's client does not. */
	@Test
	void letsGlobalCredentialsLookUpTheAccountOfTheKey() {
		String accountId = RestAssured.given().port(this.port).header("X-Auth-Token", DefaultCredentials.TOKEN)
			.get("/v3/auth/domains").then().statusCode(200).extract().path("domains[0].id");
		ClientBuilder<HcClient> builder = new ClientBuilder<HcClient>((hc) -> hc, "GlobalCredentials")
			.withCredential(new GlobalCredentials().withAk(DefaultCredentials.AK).withSk(DefaultCredentials.SK)
				.withIamEndpoint(endpoint()))
			.withRegion(new Region("cn-north-4", endpoint()));
		builder.build();
		assertThat(journal("KeystoneListAuthDomains")).endsWith("GET /v3/auth/domains 200").hasSize(2);
		assertThat(((GlobalCredentials) builder.getCredential()).getDomainId()).isEqualTo(accountId);
	}

	private static ClientRequestException refusal(ThrowingCallable build) {
		Throwable failure = rootCause(catchThrowable(build));
		assertThat(failure).isInstanceOf(ClientRequestException.class);
		ClientRequestException refused = (ClientRequestException) failure;
		assertThat(refused.getHttpStatusCode()).isEqualTo(401);
		assertThat(refused.getErrorCode()).isEqualTo("APIGW.0301");
		assertThat(refused.getRequestId()).matches("[0-9a-f]{32}");
		return refused;
	}

	/** ClientBuilder wraps what the lookup threw in an SdkException around an ExecutionException. */
	private static Throwable rootCause(Throwable thrown) {
		assertThat(thrown).as("the build should fail").isNotNull();
		Throwable cause = thrown;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
