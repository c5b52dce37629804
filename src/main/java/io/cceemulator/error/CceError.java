package io.cceemulator.error;

import org.springframework.http.HttpStatus;

/**
 * CCE's own errors, from Huawei's error-code table. {@code errorCode}/{@code errorMessage} are the table's columns;
 * {@code sdkCode}/{@code sdkMessage} go out as {@code error_code}/{@code error_msg}, which is all the official SDKs
 * read. Where the real {@code CCE_CM.*} code was seen live it is used; otherwise the table code stands in for it.
 */
public enum CceError {

	INVALID_REQUEST(HttpStatus.BAD_REQUEST, "CCE.01400001", "Invalid request.", "CCE_CM.0004", "Request is invalid",
			"BadRequest"),

	CONTENT_TYPE_NOT_SUPPORTED(HttpStatus.BAD_REQUEST, "CCE.01400006", "Content type not supported.", "CCE.01400006",
			"Content type not supported", "BadRequest"),

	/** No cluster quota left in the project ({@code emulator.quotas.clusters}). */
	CLUSTER_QUOTA(HttpStatus.BAD_REQUEST, "CCE.01400007", "Insufficient cluster quota.", "CCE.01400007",
			"Insufficient cluster quota", "BadRequest"),

	VERSION_NOT_SUPPORTED(HttpStatus.BAD_REQUEST, "CCE.01400015", "Version not supported.", "CCE.01400015",
			"Version not supported", "BadRequest"),

	/** Node count over the cluster flavor's scale (50, 200, 1,000 or 2,000 nodes). */
	TOO_MANY_NODES(HttpStatus.BAD_REQUEST, "CCE.01400014", "Excessive nodes in the cluster.", "CCE.01400014",
			"Excessive nodes in the cluster", "BadRequest"),

	AUTHORIZATION_FAILED(HttpStatus.UNAUTHORIZED, "CCE.01401001", "Authorization failed.", "CCE.01401001",
			"Authorization failed", "Unauthorized"),

	FORBIDDEN(HttpStatus.FORBIDDEN, "CCE.01403001", "Forbidden.", "CCE.01403001", "Forbidden", "Forbidden"),

	NOT_FOUND(HttpStatus.NOT_FOUND, "CCE.01404001", "Resource not found.", "CCE_CM.0003", "Resource not found",
			"NotFound"),

	/** A name, or a server, already taken. */
	ALREADY_EXISTS(HttpStatus.CONFLICT, "CCE.01409001", "The resource already exists.", "CCE.01409001",
			"The resource already exists", "AlreadyExists"),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "CCE.01400001", "Invalid request.", "CCE_CM.0004",
			"Request is invalid", "RequestEntityTooLarge"),

	RESOURCE_LOCKED(HttpStatus.TOO_MANY_REQUESTS, "CCE.01429002", "Resource locked by other requests.",
			"CCE.01429002", "Resource locked by other requests", "TooManyRequests"),

	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "CCE.01500001", "Internal error.", "CCE.01500001", "Internal error",
			"InternalError");

	private final HttpStatus status;

	private final String errorCode;

	private final String errorMessage;

	private final String sdkCode;

	private final String sdkMessage;

	private final String reason;

	CceError(HttpStatus status, String errorCode, String errorMessage, String sdkCode, String sdkMessage,
			String reason) {
		this.status = status;
		this.errorCode = errorCode;
		this.errorMessage = errorMessage;
		this.sdkCode = sdkCode;
		this.sdkMessage = sdkMessage;
		this.reason = reason;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String errorCode() {
		return this.errorCode;
	}

	public String errorMessage() {
		return this.errorMessage;
	}

	public String sdkCode() {
		return this.sdkCode;
	}

	public String sdkMessage() {
		return this.sdkMessage;
	}

	public String reason() {
		return this.reason;
	}

}
