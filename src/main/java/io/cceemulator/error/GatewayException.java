package io.cceemulator.error;

/** A refusal by the API gateway: authentication, authorisation, unknown API, throttling. */
public class GatewayException extends RuntimeException {

	private final GatewayError error;

	/** @param detail what follows the table text after ": ", or null for the bare table text */
	public GatewayException(GatewayError error, String detail) {
		super((detail == null) ? error.message() : error.message() + ": " + detail, null, false, false);
		this.error = error;
	}

	public GatewayError error() {
		return this.error;
	}

}
