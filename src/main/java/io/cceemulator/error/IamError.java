package io.cceemulator.error;

import org.springframework.http.HttpStatus;

/**
 * IAM's own refusals (token requests and lookups), from IAM's error-code table. Their body is Keystone's
 * {@code {"error":{"code","message","title"}}}, which Keystone clients read, plus {@code error_code}/{@code error_msg},
 * which the Huawei SDKs read. A wrong user name and a wrong password are the same refusal.
 */
public enum IamError {

	REQUIRES_AUTHENTICATION(HttpStatus.UNAUTHORIZED, "IAM.0001", "The request you have made requires authentication."),

	/** The body names the parameter: {@code Request parameter per_page is invalid.} */
	INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "IAM.0007", "Request parameter %(key)s is invalid."),

	INVALID_BODY(HttpStatus.BAD_REQUEST, "IAM.0011", "Request body is invalid."),

	PROJECT_NOT_FOUND(HttpStatus.BAD_REQUEST, "IAM.1109", "The project information cannot be found.");

	private final HttpStatus status;

	private final String code;

	private final String message;

	IamError(HttpStatus status, String code, String message) {
		this.status = status;
		this.code = code;
		this.message = message;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	/** The table's text, as IAM answers it. */
	public String message() {
		return this.message;
	}

	/** The text with the table's {@code %(key)s} filled in, for the errors whose text names a parameter. */
	public String message(String key) {
		return this.message.replace("%(key)s", key);
	}

}
