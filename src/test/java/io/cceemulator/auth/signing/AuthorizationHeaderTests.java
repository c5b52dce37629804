package io.cceemulator.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthorizationHeaderTests {

	static final String SIG = "d0e7bcf4d9717f4d1b346a9cbea53a17d0827c6a5e90561685bae136f7a3e50d";

	static void rejected(String header, String reason) {
		assertThatThrownBy(() -> AuthorizationHeader.parse(header)).isInstanceOf(MalformedSignatureException.class)
			.hasMessage(reason);
	}

	@Test
	void parsesTheSdkFormat() {
		AuthorizationHeader header = AuthorizationHeader
			.parse("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;user-agent;x-sdk-date, Signature=" + SIG);

		assertThat(header.accessKey()).isEqualTo("AK1");
		assertThat(header.signedHeaders()).containsExactly("host", "user-agent", "x-sdk-date");
		assertThat(header.signature()).isEqualTo(SIG);
		assertThat(header.format())
			.isEqualTo("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;user-agent;x-sdk-date, Signature=" + SIG);
	}

	@Test
	void toleratesExtraWhitespaceAndAnyPartOrder() {
		AuthorizationHeader header = AuthorizationHeader
			.parse("  SDK-HMAC-SHA256   Signature = " + SIG + " ,SignedHeaders= host ; x-sdk-date ,Access=AK1 ");

		assertThat(header.accessKey()).isEqualTo("AK1");
		assertThat(header.signedHeaders()).containsExactly("host", "x-sdk-date");
	}

	@Test
	void toStringDoesNotRevealTheSignature() {
		assertThat(AuthorizationHeader.parse("SDK-HMAC-SHA256 Access=A, SignedHeaders=host, Signature=" + SIG))
			.asString().doesNotContain(SIG);
	}

	@Test
	void rejectsOtherAlgorithms() {
		rejected("Basic dXNlcjpwYXNz", "unsupported algorithm Basic (expected SDK-HMAC-SHA256)");
		rejected("sdk-hmac-sha256 Access=A, SignedHeaders=host, Signature=" + SIG,
				"unsupported algorithm sdk-hmac-sha256 (expected SDK-HMAC-SHA256)");
		rejected("SDK-HMAC-SM3 Access=A", "unsupported algorithm SDK-HMAC-SM3 (expected SDK-HMAC-SHA256)");
	}

	@Test
	void reportsMissingOrEmptyParts() {
		rejected(null, "Authorization header is empty");
		rejected("  ", "Authorization header is empty");
		rejected("SDK-HMAC-SHA256", "Authorization header has no Access");
		rejected("SDK-HMAC-SHA256 Access=A, Signature=" + SIG, "Authorization header has no SignedHeaders");
		rejected("SDK-HMAC-SHA256 Access=A, SignedHeaders=host", "Authorization header has no Signature");
		rejected("SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=" + SIG, "Authorization header has an empty Access");
	}

	@Test
	void reportsMalformedParts() {
		rejected("SDK-HMAC-SHA256 Access=A, Region=x, SignedHeaders=host, Signature=" + SIG,
				"Authorization header has an unknown part 'Region=x'");
		rejected("SDK-HMAC-SHA256 Access=A, Access=B, SignedHeaders=host, Signature=" + SIG,
				"Authorization header has Access more than once");
		rejected("SDK-HMAC-SHA256 Access=A, SignedHeaders=host;;x-sdk-date, Signature=" + SIG,
				"Authorization header has an empty name in SignedHeaders");
		rejected("SDK-HMAC-SHA256 Access=A, SignedHeaders=host, Signature=abc",
				"Authorization header Signature is not 64 hex digits");
		rejected("SDK-HMAC-SHA256 Access=A, SignedHeaders=host, Signature=" + SIG.replace('d', 'g'),
				"Authorization header Signature is not 64 hex digits");
	}

}
