package io.cceemulator.error;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The two error bodies a CCE client meets: CCE's hybrid Kubernetes Status, and the API gateway's. */
final class ErrorBodies {

	private ErrorBodies() {
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

	}

	@JsonPropertyOrder({ "error_code", "error_msg", "request_id" })
	record GatewayBody(@JsonProperty("error_code") String code, @JsonProperty("error_msg") String message,
			@JsonProperty("request_id") String requestId) {
	}

}
