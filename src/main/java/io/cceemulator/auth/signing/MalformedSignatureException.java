package io.cceemulator.auth.signing;

/**
 * A signed request that cannot be checked at all: a malformed {@code Authorization} or
 * {@code X-Sdk-Date} header. The message is specific and safe to return to the client.
 */
public final class MalformedSignatureException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public MalformedSignatureException(String message) {
		super(message);
	}

}
