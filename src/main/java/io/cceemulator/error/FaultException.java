package io.cceemulator.error;

/** A failure a test asked for through a fault plan: any status and code, in the body shape the plan names. */
public class FaultException extends RefusedException {

	private final Refusal.Planned refusal;

	public FaultException(int status, String code, String message, Refusal.Shape shape) {
		super(message);
		this.refusal = new Refusal.Planned(status, code, message, shape);
	}

	@Override
	public Refusal refusal() {
		return this.refusal;
	}

}
