package io.cceemulator.error;

import org.springframework.http.HttpStatus;

/** Errors that the API gateway in front of CCE answers before CCE sees the request (Huawei's APIG code table). */
public enum GatewayError {

	API_NOT_FOUND(HttpStatus.NOT_FOUND, "APIGW.0101", "The API does not exist or has not been published in the environment"),

	REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "APIGW.0201", "Request entity too large"),

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "APIGW.0301", "Incorrect IAM authentication information"),

	NOT_AUTHORIZED(HttpStatus.FORBIDDEN, "APIGW.0302", "The IAM user is not authorized to access the API"),

	THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "APIGW.0308", "The throttling threshold has been reached");

	private final HttpStatus status;

	private final String code;

	private final String message;

	GatewayError(HttpStatus status, String code, String message) {
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

	public String message() {
		return this.message;
	}

}
