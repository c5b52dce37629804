package io.cceemulator.support;

import io.restassured.response.Response;

import io.cceemulator.error.CceError;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.IamError;

import static org.assertj.core.api.Assertions.assertThat;

/** Field-by-field checks of the error bodies of the cloud, so every test asserts the whole shape. */
public final class CceErrors {

	private CceErrors() {
	}

	/** Asserts CCE's hybrid Status body for {@code error}, whose specific message contains {@code message}. */
	public static void assertCceError(Response response, CceError error, String message) {
		assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(error.status().value());
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.header("X-Request-Id")).isNotBlank();
		assertThat(response.jsonPath().getString("kind")).isEqualTo("Status");
		assertThat(response.jsonPath().getString("apiVersion")).isEqualTo("v1");
		assertThat(response.jsonPath().getMap("metadata")).isEmpty();
		assertThat(response.jsonPath().getString("status")).isEqualTo("Failure");
		assertThat(response.jsonPath().getInt("code")).isEqualTo(error.status().value());
		assertThat(response.jsonPath().getString("reason")).isEqualTo(error.reason());
		assertThat(response.jsonPath().getString("errorCode")).isEqualTo(error.errorCode());
		assertThat(response.jsonPath().getString("errorMessage")).isEqualTo(error.errorMessage());
		assertThat(response.jsonPath().getString("error_code")).isEqualTo(error.sdkCode());
		assertThat(response.jsonPath().getString("error_msg")).isEqualTo(error.sdkMessage());
		assertThat(response.jsonPath().getString("message")).contains(message);
	}

	/** Asserts the API gateway's body, whose request_id equals the X-Request-Id header. */
	public static void assertGatewayError(Response response, GatewayError error, String message) {
		assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(error.status().value());
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.jsonPath().getString("error_code")).isEqualTo(error.code());
		assertThat(response.jsonPath().getString("error_msg")).contains(message);
		assertThat(response.header("X-Request-Id")).isNotBlank()
			.isEqualTo(response.jsonPath().getString("request_id"));
	}

	/**
	 * Asserts IAM's body: Keystone's {@code error} with the status, the text and its title, and the same text as
	 * {@code error_msg} beside {@code error_code}, which the SDKs read.
	 */
	public static void assertIamError(Response response, IamError error, String text) {
		assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(error.status().value());
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.header("X-Request-Id")).isNotBlank();
		assertThat(response.jsonPath().getInt("error.code")).isEqualTo(error.status().value());
		assertThat(response.jsonPath().getString("error.message")).isEqualTo(text);
		assertThat(response.jsonPath().getString("error.title")).isEqualTo(error.status().getReasonPhrase());
		assertThat(response.jsonPath().getString("error_code")).isEqualTo(error.code());
		assertThat(response.jsonPath().getString("error_msg")).isEqualTo(text);
	}

}
