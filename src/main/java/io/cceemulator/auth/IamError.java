package io.cceemulator.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.http.HttpStatus;

/**
 * IAM's own refusals of a token request, from IAM's error-code table. The body is Keystone's
 * {@code {"error":{"code","message","title"}}}, which Keystone clients read, plus {@code error_code}/{@code error_msg},
 * which the Huawei SDKs read. A wrong user name and a wrong password are the same refusal.
 */
enum IamError {

	REQUIRES_AUTHENTICATION(HttpStatus.UNAUTHORIZED, "IAM.0001", "The request you have made requires authentication."),

	INVALID_BODY(HttpStatus.BAD_REQUEST, "IAM.0011", "Request body is invalid."),

	PROJECT_NOT_FOUND(HttpStatus.BAD_REQUEST, "IAM.1109", "The project information cannot be found.");

	final HttpStatus status;

	final String code;

	final String message;

	IamError(HttpStatus status, String code, String message) {
		this.status = status;
		this.code = code;
		this.message = message;
	}

	Body body() {
		return new Body(new Keystone(this.status.value(), this.message, this.status.getReasonPhrase()), this.code,
				this.message);
	}

	@JsonPropertyOrder({ "error", "error_code", "error_msg" })
	record Body(Keystone error, @JsonProperty("error_code") String code, @JsonProperty("error_msg") String message) {
	}

	record Keystone(int code, String message, String title) {
	}

	/** Thrown inside the token controller, answered by its own handler. */
	static final class Refusal extends RuntimeException {

		final IamError error;

		Refusal(IamError error, String why) {
			super(why, null, false, false);
			this.error = error;
		}

	}

}
