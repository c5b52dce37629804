package io.cceemulator.error;

/** A refusal by IAM. */
public class IamException extends RefusedException {

	private final IamError error;

	/** @param why what was wrong, for the log; the body carries IAM's table text only */
	public IamException(IamError error, String why) {
		super(why);
		this.error = error;
	}

	@Override
	public Refusal refusal() {
		return new Refusal.Iam(this.error, getMessage());
	}

}
