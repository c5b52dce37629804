package io.cceemulator.error;

/** A refusal by IAM. */
public class IamException extends RefusedException {

	private final IamError error;

	private final String text;

	/** @param why what was wrong, for the log; the body carries IAM's table text only */
	public IamException(IamError error, String why) {
		this(error, why, error.message());
	}

	private IamException(IamError error, String why, String text) {
		super(why);
		this.error = error;
		this.text = text;
	}

	/** IAM.0007, whose text names the query parameter that is not valid. */
	public static IamException invalidParameter(String key, String why) {
		return new IamException(IamError.INVALID_PARAMETER, why, IamError.INVALID_PARAMETER.message(key));
	}

	@Override
	public Refusal refusal() {
		return new Refusal.Iam(this.error, getMessage(), this.text);
	}

}
