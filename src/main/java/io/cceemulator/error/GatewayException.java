package io.cceemulator.error;

/** A refusal by the API gateway: authentication, authorisation, unknown API, throttling. */
public class GatewayException extends RefusedException {

	private final GatewayError error;

	/** @param detail what follows the table text after ": ", or null for the bare table text */
	public GatewayException(GatewayError error, String detail) {
		super((detail == null) ? error.message() : error.message() + ": " + detail);
		this.error = error;
	}

	@Override
	public Refusal refusal() {
		return new Refusal.Gateway(this.error, getMessage());
	}

	public GatewayError error() {
		return this.error;
	}

}
