package io.cceemulator.auth.signing;

import java.util.List;
import java.util.Locale;

/** The six lines the SDK hashes; none of them contains a secret. */
record CanonicalRequest(String method, String uri, String query, String headers, String signedHeaders,
		String payloadHash) {

	static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";

	/**
	 * Rebuilds the canonical request of a received request for the given signed header names.
	 * @throws MalformedSignatureException if a signed header is missing or the URL is badly encoded
	 */
	static CanonicalRequest of(SigningInput input, List<String> signedHeaderNames) {
		StringBuilder headers = new StringBuilder();
		StringBuilder names = new StringBuilder();
		for (String name : signedHeaderNames) {
			String lower = name.toLowerCase(Locale.ROOT);
			String value = input.headers().first(lower);
			if (value == null) {
				throw new MalformedSignatureException("signed header " + lower + " is missing");
			}
			headers.append(lower).append(':').append(value).append('\n');
			names.append(names.isEmpty() ? "" : ";").append(lower);
		}
		String contentSha256 = input.headers().first(CONTENT_SHA256_HEADER);
		String payloadHash = (contentSha256 != null) ? contentSha256 : Hashing.sha256Hex(input.body());
		return new CanonicalRequest(input.method().toUpperCase(Locale.ROOT), SdkEncoding.canonicalUri(input.rawPath()),
				SdkEncoding.canonicalQuery(input.rawQuery()), headers.toString(), names.toString(), payloadHash);
	}

	/** The canonical headers block already ends with a newline, so an empty line follows it. */
	String text() {
		return String.join("\n", method, uri, query, headers, signedHeaders, payloadHash);
	}

	String stringToSign(String sdkDate) {
		return AuthorizationHeader.ALGORITHM + "\n" + sdkDate + "\n" + Hashing.sha256Hex(text());
	}

}
