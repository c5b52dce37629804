package io.cceemulator.auth.signing;

import java.util.List;
import java.util.Locale;

/** The six lines the SDK hashes; none of them contains a secret. */
record CanonicalRequest(String method, String uri, String query, String headers, String signedHeaders,
		String payloadHash) {

	static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";

	static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

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
		String payloadHash = payloadHash(input, signedHeaderNames);
		return new CanonicalRequest(input.method().toUpperCase(Locale.ROOT), SdkEncoding.canonicalUri(input.rawPath()),
				SdkEncoding.canonicalQuery(input.rawQuery()), headers.toString(), names.toString(), payloadHash);
	}

	/**
	 * The body's hash, or the {@code X-Sdk-Content-Sha256} the SDK sent instead. That header replaces the hash in what
	 * is signed, so it must be signed itself and tell the truth: the hash of the body received, or
	 * {@code UNSIGNED-PAYLOAD}, which the SDK sends only for bodies that are neither JSON nor BSON (uploads).
	 * Otherwise a captured request could be replayed with another body.
	 */
	private static String payloadHash(SigningInput input, List<String> signedHeaderNames) {
		String bodyHash = Hashing.sha256Hex(input.body());
		String declared = input.headers().first(CONTENT_SHA256_HEADER);
		if (declared == null) {
			return bodyHash;
		}
		if (signedHeaderNames.stream().noneMatch(CONTENT_SHA256_HEADER::equalsIgnoreCase)) {
			throw new MalformedSignatureException(CONTENT_SHA256_HEADER.toLowerCase(Locale.ROOT)
					+ " is sent but not signed");
		}
		if (UNSIGNED_PAYLOAD.equals(declared)) {
			if (isJson(input.headers().first("Content-Type"))) {
				throw new MalformedSignatureException(CONTENT_SHA256_HEADER.toLowerCase(Locale.ROOT) + " "
						+ UNSIGNED_PAYLOAD + " is for bodies that are not JSON; this one is hashed");
			}
			return declared;
		}
		if (!declared.equalsIgnoreCase(bodyHash)) {
			throw new MalformedSignatureException(CONTENT_SHA256_HEADER.toLowerCase(Locale.ROOT)
					+ " is not the SHA-256 of the body received");
		}
		return declared;
	}

	private static boolean isJson(String contentType) {
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		return type.startsWith("application/json") || type.contains("+json") || type.startsWith("application/bson");
	}

	/** The canonical headers block already ends with a newline, so an empty line follows it. */
	String text() {
		return String.join("\n", method, uri, query, headers, signedHeaders, payloadHash);
	}

	String stringToSign(String sdkDate) {
		return AuthorizationHeader.ALGORITHM + "\n" + sdkDate + "\n" + Hashing.sha256Hex(text());
	}

}
