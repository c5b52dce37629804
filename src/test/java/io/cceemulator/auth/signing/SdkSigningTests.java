package io.cceemulator.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Test vectors captured from the real SDK (see /work/shared/sdk-wire.md). */
class SdkSigningTests {

	static final String AK = "PROBEAK0000000000000";
	static final String SK = "PROBESK0000000000000000000000000000000000";
	static final String PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
	static final String CLUSTER_PATH = "/api/v3/projects/" + PROJECT + "/clusters/11111111-aaaa-4bbb-8ccc-000000000001";
	static final String SIGNED = "host;user-agent;x-project-id;x-sdk-date";
	static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
	static final String SHOW_CLUSTER_SIGNATURE = "d0e7bcf4d9717f4d1b346a9cbea53a17d0827c6a5e90561685bae136f7a3e50d";
	static final String MIGRATE_BODY = "{\"apiVersion\":\"v3\",\"kind\":\"MigrateNodesTask\",\"spec\":{\"os\":\"EulerOS 2.9\","
			+ "\"login\":{\"sshKey\":\"KeyPair-probe\"},\"nodes\":[{\"uid\":\"33333333-aaaa-4bbb-8ccc-000000000003\"},"
			+ "{\"uid\":\"44444444-aaaa-4bbb-8ccc-000000000004\"}]}}";

	static Map<String, String> sdkHeaders(String date) {
		return Map.of("Host", "127.0.0.1:18080", "User-Agent", "huaweicloud-usdk-java/3.0", "X-Project-Id", PROJECT,
				"X-Sdk-Date", date, "Content-Type", "application/json", "Accept-Encoding", "gzip");
	}

	static SigningInput showCluster() {
		return SigningInput.of("GET", CLUSTER_PATH, "detail=true", sdkHeaders("20261125T011427Z"), null);
	}

	static AuthorizationHeader auth(String signedHeaders, String signature) {
		return AuthorizationHeader
			.parse("SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
	}

	@Test
	void workedShowClusterExampleGivesTheSdksCanonicalRequestStringToSignAndSignature() {
		VerificationResult result = SdkSignatureVerifier.verify(showCluster(), auth(SIGNED, SHOW_CLUSTER_SIGNATURE), SK);

		assertThat(result.canonicalRequest()).isEqualTo("GET\n" + CLUSTER_PATH + "/\ndetail=true\n"
				+ "host:127.0.0.1:18080\nuser-agent:huaweicloud-usdk-java/3.0\nx-project-id:" + PROJECT + "\n"
				+ "x-sdk-date:20261125T011427Z\n\n" + SIGNED + "\n" + EMPTY_HASH);
		assertThat(result.stringToSign()).isEqualTo(
				"SDK-HMAC-SHA256\n20261125T011427Z\n66ec65590ffb466d76f41846d7a90e1c78e901c02e2d2336678860c119c10d90");
		assertThat(Hashing.hex(Hashing.hmacSha256(SK, result.stringToSign()))).isEqualTo(SHOW_CLUSTER_SIGNATURE);
		assertThat(result.valid()).isTrue();
		assertThat(result.failure()).isEmpty();
	}

	@Test
	void migrateNodeBodyIsHashedAndTheCapturedPutVerifies() {
		byte[] body = MIGRATE_BODY.getBytes(StandardCharsets.UTF_8);
		assertThat(body).hasSize(212);
		SigningInput put = SigningInput.of("PUT", "/api/v3/projects/" + PROJECT + "/clusters/11111111-aaaa-4bbb-8ccc-"
				+ "000000000001/nodes/operation/migrateto/22222222-aaaa-4bbb-8ccc-000000000002", null,
				sdkHeaders("20261125T011426Z"), body);

		VerificationResult result = SdkSignatureVerifier.verify(put,
				auth(SIGNED, "3741f735739f54be74c7cf7cf0d4451bd6e0277f19722f4983bc619e54add307"), SK);

		assertThat(result.canonicalRequest()).contains("/migrateto/22222222-aaaa-4bbb-8ccc-000000000002/\n\nhost:")
			.endsWith("\n2c587b6c67a6ac860157d10c36962a38b14e3314b08da72e183ed8cc7e2a6601");
		assertThat(result.valid()).isTrue();
	}

	@Test
	void signatureComputedWithoutTheTrailingSlashDoesNotVerify() {
		CanonicalRequest sdk = CanonicalRequest.of(showCluster(), List.of(SIGNED.split(";")));
		CanonicalRequest noSlash = new CanonicalRequest(sdk.method(), CLUSTER_PATH, sdk.query(), sdk.headers(),
				sdk.signedHeaders(), sdk.payloadHash());
		String signature = Hashing.hex(Hashing.hmacSha256(SK, noSlash.stringToSign("20261125T011427Z")));

		assertThat(SdkSignatureVerifier.verify(showCluster(), auth(SIGNED, signature), SK).valid()).isFalse();
	}

	@Test
	void contentTypeIsNotSignedAndSigningItBreaksTheCapturedSignature() {
		Map<String, String> added = SdkRequestSigner.sign("PUT", "http://127.0.0.1:18080/a", Map.of("Content-Type",
				"application/json", "X-Project-Id", PROJECT, "X_Underscore", "x"), "{}", AK, SK);
		assertThat(AuthorizationHeader.parse(added.get("Authorization")).signedHeaders())
			.containsExactly("host", "x-project-id", "x-sdk-date");

		VerificationResult withContentType = SdkSignatureVerifier.verify(showCluster(),
				auth("content-type;" + SIGNED, SHOW_CLUSTER_SIGNATURE), SK);
		assertThat(withContentType.valid()).isFalse();
		assertThat(withContentType.canonicalRequest()).contains("content-type:application/json\n");
	}

	@Test
	void wrongSecretKeyFailsWithACanonicalRequestButNoSecretInTheResult() {
		VerificationResult result = SdkSignatureVerifier.verify(showCluster(), auth(SIGNED, SHOW_CLUSTER_SIGNATURE),
				SK.replace('0', '1'));

		assertThat(result.valid()).isFalse();
		assertThat(result.failureReason()).isEqualTo("signature does not match");
		assertThat(result.canonicalRequest()).startsWith("GET\n");
		assertThat(result.toString()).doesNotContain(SHOW_CLUSTER_SIGNATURE).doesNotContain("PROBESK1");
	}

	@Test
	void missingSignedHeaderIsReportedByName() {
		VerificationResult result = SdkSignatureVerifier.verify(showCluster(),
				auth(SIGNED + ";x-foo", SHOW_CLUSTER_SIGNATURE), SK);

		assertThat(result.valid()).isFalse();
		assertThat(result.failureReason()).isEqualTo("signed header x-foo is missing");
		assertThat(result.canonicalRequest()).isNull();
	}

	@Test
	void missingSdkDateIsReported() {
		SigningInput noDate = SigningInput.of("GET", CLUSTER_PATH, null, Map.of("Host", "h"), null);

		assertThat(SdkSignatureVerifier.verify(noDate, auth("host", SHOW_CLUSTER_SIGNATURE), SK).failureReason())
			.isEqualTo("request has no X-Sdk-Date header");
	}

	@Test
	void contentSha256HeaderReplacesTheBodyHashOfAnUploadWhenSigned() {
		SigningInput upload = SigningInput.of("POST", "/upload", null, Map.of("X-Sdk-Date", "20261125T011427Z",
				"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD", "Content-Type", "application/octet-stream"),
				new byte[] { 1, 2 });

		assertThat(CanonicalRequest.of(upload, List.of("x-sdk-content-sha256", "x-sdk-date")).payloadHash())
			.isEqualTo("UNSIGNED-PAYLOAD");
	}

	@Test
	void refusesAContentSha256HeaderThatIsNotSignedOrDoesNotMatchTheBody() {
		byte[] body = "{\"spec\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String hash = Hashing.sha256Hex(body);
		java.util.function.Function<String, SigningInput> withHeader = (value) -> SigningInput.of("PUT", CLUSTER_PATH,
				null, Map.of("X-Sdk-Date", "20261125T011427Z", "X-Sdk-Content-Sha256", value, "Content-Type",
						"application/json"), body);
		List<String> signed = List.of("x-sdk-content-sha256", "x-sdk-date");

		assertThat(CanonicalRequest.of(withHeader.apply(hash), signed).payloadHash()).isEqualTo(hash);
		assertThatThrownBy(() -> CanonicalRequest.of(withHeader.apply(hash), List.of("x-sdk-date")))
			.isInstanceOf(MalformedSignatureException.class)
			.hasMessage("x-sdk-content-sha256 is sent but not signed");
		assertThatThrownBy(() -> CanonicalRequest.of(withHeader.apply(Hashing.sha256Hex(new byte[0])), signed))
			.hasMessage("x-sdk-content-sha256 is not the SHA-256 of the body received");
		assertThatThrownBy(() -> CanonicalRequest.of(withHeader.apply("UNSIGNED-PAYLOAD"), signed))
			.hasMessage("x-sdk-content-sha256 UNSIGNED-PAYLOAD is for bodies that are not JSON; this one is hashed");
	}

	@Test
	void requestSignerReproducesTheSdksAuthorizationForTheWorkedExample() {
		Map<String, String> headers = Map.of("User-Agent", "huaweicloud-usdk-java/3.0", "X-Project-Id", PROJECT,
				"Content-Type", "application/json");
		Map<String, String> added = SdkRequestSigner.sign("GET", "http://127.0.0.1:18080" + CLUSTER_PATH + "?detail=true",
				headers, null, AK, SK, Instant.parse("2026-11-25T01:14:27.600Z"));

		assertThat(added).containsExactly(Map.entry("Host", "127.0.0.1:18080"),
				Map.entry("X-Sdk-Date", "20261125T011427Z"), Map.entry("Authorization",
						"SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=" + SIGNED + ", Signature=" + SHOW_CLUSTER_SIGNATURE));
	}

}
