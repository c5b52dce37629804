package io.cceemulator.auth.signing;

import java.util.Optional;

/**
 * Outcome of a signature check. The canonical request and string to sign are what the server
 * computed (useful to explain a mismatch); they contain neither the secret key nor the signature.
 * @param valid whether the signature matched
 * @param failureReason why it did not, {@code null} when valid
 * @param canonicalRequest the canonical request, {@code null} if it could not be built
 * @param stringToSign the string to sign, {@code null} if it could not be built
 */
public record VerificationResult(boolean valid, String failureReason, String canonicalRequest,
		String stringToSign) {

	static VerificationResult ok(String canonicalRequest, String stringToSign) {
		return new VerificationResult(true, null, canonicalRequest, stringToSign);
	}

	static VerificationResult failed(String reason) {
		return new VerificationResult(false, reason, null, null);
	}

	static VerificationResult failed(String reason, String canonicalRequest, String stringToSign) {
		return new VerificationResult(false, reason, canonicalRequest, stringToSign);
	}

	public Optional<String> failure() {
		return Optional.ofNullable(failureReason);
	}

}
