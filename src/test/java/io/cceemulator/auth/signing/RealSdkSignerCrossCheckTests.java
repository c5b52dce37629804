package io.cceemulator.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Signs requests with the SDK's own {@code AKSKSigner} and checks them with our verifier. */
class RealSdkSignerCrossCheckTests {

	static final String AK = "CROSSAK0000000000000";
	static final String SK = "CROSSSK0000000000000000000000000000000000";
	static final String PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	static HttpRequest.HttpRequestBuilder sdkRequest(HttpMethod method, String path) {
		return HttpRequest.newBuilder()
			.withEndpoint("http://127.0.0.1:18080")
			.withMethod(method)
			.withPath(path)
			.withContentType("application/json")
			.addPathParam("project_id", PROJECT)
			.addHeader("User-Agent", "huaweicloud-usdk-java/3.0")
			.addHeader("X-Project-Id", PROJECT);
	}

	/** The request as it arrives: URL built the way the SDK's DefaultHttpClient hands it to OkHttp. */
	static SigningInput onTheWire(HttpRequest request, Map<String, String> added) {
		HttpUrl.Builder url = HttpUrl.get(request.getEndpoint() + request.getPathParamsString()).newBuilder();
		request.getQueryParams().forEach((key, values) -> {
			if (values.isEmpty()) {
				url.addQueryParameter(key, null);
			}
			values.forEach(value -> url.addQueryParameter(key, value));
		});
		HttpUrl wire = url.build();
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		request.getHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
		headers.put("Content-Type", request.getContentType());
		headers.putAll(added);
		String body = request.getBodyAsString();
		return SigningInput.of(request.getMethod().name(), wire.encodedPath(), wire.encodedQuery(), headers,
				(body == null) ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	static VerificationResult signAndVerify(HttpRequest request, String verifyWithSk) {
		Map<String, String> added = AKSKSigner.getInstance()
			.sign(request, new BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT));
		AuthorizationHeader authorization = AuthorizationHeader.parse(added.get("Authorization"));
		assertThat(authorization.accessKey()).isEqualTo(AK);
		return SdkSignatureVerifier.verify(onTheWire(request, added), authorization, verifyWithSk);
	}

	@Test
	void sdkSignedGetWithQueryVerifies() {
		HttpRequest request = sdkRequest(HttpMethod.GET, "/api/v3/projects/{project_id}/clusters/{cluster_id}")
			.addPathParam("cluster_id", "11111111-aaaa-4bbb-8ccc-000000000001")
			.addQueryParam("detail", List.of("true"))
			.build();

		VerificationResult result = signAndVerify(request, SK);
		assertThat(result.valid()).as(result.toString()).isTrue();
		assertThat(signAndVerify(request, SK + "x").valid()).isFalse();
	}

	@Test
	void sdkSignedPutWithJsonBodyVerifies() {
		HttpRequest request = sdkRequest(HttpMethod.PUT,
				"/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes/operation/migrateto/{target}")
			.addPathParam("cluster_id", "11111111-aaaa-4bbb-8ccc-000000000001")
			.addPathParam("target", "22222222-aaaa-4bbb-8ccc-000000000002")
			.withBodyAsString("{\"apiVersion\":\"v3\",\"kind\":\"MigrateNodesTask\",\"spec\":{\"os\":\"EulerOS 2.9\"}}")
			.build();

		VerificationResult result = signAndVerify(request, SK);
		assertThat(result.valid()).as(result.toString()).isTrue();
		assertThat(result.canonicalRequest()).doesNotContain("content-type");
	}

	@Test
	void sdkSignedSpecialCharactersInPathAndQueryVerify() {
		HttpRequest request = sdkRequest(HttpMethod.GET, "/api/v3/projects/{project_id}/clusters/{cluster_id}")
			.addPathParam("cluster_id", "a b*~:@!$()é")
			.addQueryParam("detail", List.of("a b/c*~+=&é?"))
			.addQueryParam("b", List.of("2", "1", ""))
			.addQueryParam("a", List.of("x y"))
			.addQueryParam("flag", List.of())
			.build();

		VerificationResult result = signAndVerify(request, SK);
		assertThat(result.valid()).as(result.toString()).isTrue();
		assertThat(result.canonicalRequest())
			.contains("/clusters/a%20b%2A~%3A%40%21%24%28%29%C3%A9/\n")
			.contains("\na=x%20y&b=2&b=1&b=&detail=a%20b%2Fc%2A~%2B%3D%26%C3%A9%3F&flag=\n");
	}

	@Test
	void sdkSignedRequestWithCustomHeaderSignsItAndVerifies() {
		HttpRequest request = sdkRequest(HttpMethod.GET, "/api/v3/projects/{project_id}/jobs/{job_id}")
			.addPathParam("job_id", "job-1")
			.addHeader("X-Custom", "custom value")
			.build();

		VerificationResult result = signAndVerify(request, SK);
		assertThat(result.valid()).as(result.toString()).isTrue();
		assertThat(result.canonicalRequest()).contains("x-custom:custom value\n");
	}

}
