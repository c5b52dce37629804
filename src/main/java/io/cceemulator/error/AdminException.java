package io.cceemulator.error;

import org.springframework.http.HttpStatus;

/** A refusal of the admin API, in its own documented body: {@code {"status":404,"code":"NOT_FOUND","message":"..."}}. */
public class AdminException extends RefusedException {

	private final HttpStatus status;

	public AdminException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	@Override
	public Refusal refusal() {
		return new Refusal.Admin(this.status, getMessage());
	}

	public HttpStatus status() {
		return this.status;
	}

	public static AdminException notFound(String message) {
		return new AdminException(HttpStatus.NOT_FOUND, message);
	}

	public static AdminException badRequest(String message) {
		return new AdminException(HttpStatus.BAD_REQUEST, message);
	}

	public static AdminException conflict(String message) {
		return new AdminException(HttpStatus.CONFLICT, message);
	}

}
