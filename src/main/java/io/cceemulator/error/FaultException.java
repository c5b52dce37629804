package io.cceemulator.error;

/**
 * A failure a test asked for through a fault plan: any status and code. A code starting with {@code APIGW.} leaves
 * in the gateway's body, any other in CCE's; a code of the catalogue takes the catalogue's texts.
 */
public class FaultException extends RuntimeException {

	private final int status;

	private final String code;

	public FaultException(int status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public boolean isGateway() {
		return this.code.startsWith("APIGW.") || this.code.startsWith("APIG.");
	}

}
