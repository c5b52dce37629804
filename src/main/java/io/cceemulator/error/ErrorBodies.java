package io.cceemulator.error;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The error bodies a client meets: CCE's hybrid Kubernetes Status, the API gateway's, IAM's, and the admin API's. */
final class ErrorBodies {

	private ErrorBodies() {
	}

	/** The body of a refusal; {@code requestId} goes into the bodies that carry one. */
	static Object of(Refusal refusal, String requestId) {
		if (refusal instanceof Refusal.Cce cce) {
			return CceBody.of(cce.error(), cce.message());
		}
		if (refusal instanceof Refusal.Gateway gateway) {
			return new GatewayBody(gateway.code(), gateway.message(), requestId);
		}
		if (refusal instanceof Refusal.Iam iam) {
			return IamBody.of(iam.error().status(), iam.code(), iam.text());
		}
		if (refusal instanceof Refusal.Admin admin) {
			return new AdminBody(admin.status(), admin.code(), admin.message());
		}
		Refusal.Planned planned = (Refusal.Planned) refusal;
		return switch (planned.shape()) {
			case GATEWAY -> new GatewayBody(planned.code(), planned.message(), requestId);
			case IAM -> IamBody.of(HttpStatus.valueOf(planned.status()), planned.code(), planned.message());
			case CCE -> CceBody.of(planned.status(), planned.code(), planned.message());
		};
	}

	/**
	 * What the real CCE sends: a Kubernetes Status carrying both the documented {@code errorCode}/{@code errorMessage}
	 * and the {@code error_code}/{@code error_msg} the SDKs read. None of the fields is ever null.
	 */
	@JsonPropertyOrder({ "kind", "apiVersion", "metadata", "status", "code", "reason", "message", "errorCode",
			"errorMessage", "error_code", "error_msg" })
	record CceBody(String kind, String apiVersion, Map<String, Object> metadata, String status, int code,
			String reason, String message, String errorCode, String errorMessage,
			@JsonProperty("error_code") String sdkCode, @JsonProperty("error_msg") String sdkMessage) {

		static CceBody of(CceError error, String message) {
			return new CceBody("Status", "v1", Map.of(), "Failure", error.status().value(), error.reason(),
					(message == null || message.isBlank()) ? error.errorMessage() : message, error.errorCode(),
					error.errorMessage(), error.sdkCode(), error.sdkMessage());
		}

		/** A body for any status and code: the catalogue's texts when the code is in it, the message otherwise. */
		static CceBody of(int status, String code, String message) {
			for (CceError error : CceError.values()) {
				if (error.errorCode().equals(code) && error.status().value() == status) {
					return of(error, message);
				}
			}
			HttpStatus known = HttpStatus.resolve(status);
			String reason = (known != null) ? known.getReasonPhrase().replace(" ", "") : "Failure";
			return new CceBody("Status", "v1", Map.of(), "Failure", status, reason, message, code, message, code,
					message);
		}

	}

	@JsonPropertyOrder({ "error_code", "error_msg", "request_id" })
	record GatewayBody(@JsonProperty("error_code") String code, @JsonProperty("error_msg") String message,
			@JsonProperty("request_id") String requestId) {
	}

	@JsonPropertyOrder({ "error", "error_code", "error_msg" })
	record IamBody(Keystone error, @JsonProperty("error_code") String code, @JsonProperty("error_msg") String message) {

		static IamBody of(HttpStatus status, String code, String message) {
			return new IamBody(new Keystone(status.value(), message, status.getReasonPhrase()), code, message);
		}

	}

	record Keystone(int code, String message, String title) {
	}

	/** The admin API's errors: the HTTP status, its name as a code, and what went wrong. */
	@JsonPropertyOrder({ "status", "code", "message" })
	record AdminBody(int status, String code, String message) {
	}

}
