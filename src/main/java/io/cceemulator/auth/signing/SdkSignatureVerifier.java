package io.cceemulator.auth.signing;

import java.security.MessageDigest;

/**
 * Verifies the {@code SDK-HMAC-SHA256} signature of a received request the way Huawei Cloud's
 * API gateway checks requests of the official SDKs. The clock skew of {@code X-Sdk-Date} is not
 * checked here; see {@link SdkDate}.
 */
public final class SdkSignatureVerifier {

	public static final String DATE_HEADER = "X-Sdk-Date";

	private SdkSignatureVerifier() {
	}

	/**
	 * @param input the received request
	 * @param authorization the parsed {@code Authorization} header of that request
	 * @param secretKey the secret key belonging to {@code authorization.accessKey()}
	 */
	public static VerificationResult verify(SigningInput input, AuthorizationHeader authorization, String secretKey) {
		String date = input.headers().first(DATE_HEADER);
		if (date == null) {
			return VerificationResult.failed("request has no " + DATE_HEADER + " header");
		}
		CanonicalRequest canonical;
		try {
			canonical = CanonicalRequest.of(input, authorization.signedHeaders());
		}
		catch (MalformedSignatureException ex) {
			return VerificationResult.failed(ex.getMessage());
		}
		String stringToSign = canonical.stringToSign(date);
		byte[] expected = Hashing.hmacSha256(secretKey, stringToSign);
		byte[] received = Hashing.unhex(authorization.signature());
		if (!MessageDigest.isEqual(expected, received)) {
			return VerificationResult.failed("signature does not match", canonical.text(), stringToSign);
		}
		return VerificationResult.ok(canonical.text(), stringToSign);
	}

}
