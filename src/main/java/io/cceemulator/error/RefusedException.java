package io.cceemulator.error;

/** A refusal thrown from wherever a rule says no; the error advice answers it through the {@link ErrorWriter}. */
public abstract class RefusedException extends RuntimeException {

	protected RefusedException(String message) {
		super(message, null, false, false);
	}

	public abstract Refusal refusal();

}
