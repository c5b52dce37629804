package io.cceemulator.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The emulator's admin API over plain HTTP, the same for an emulator this library started, one in Docker or elsewhere. */
final class AdminClient {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	private final String adminToken;

	AdminClient(String baseUrl, String adminToken) {
		this.baseUrl = baseUrl;
		this.adminToken = adminToken;
	}

	/** The answer's JSON value, null for an empty answer. */
	Object get(String path) {
		return send("GET", path, null);
	}

	/** Sends a JSON body (or none) and returns the answer's JSON value, null for an empty answer. */
	Object send(String method, String path, String body) {
		String answer = call(method, path, body);
		return answer.isBlank() ? null : Json.read(answer);
	}

	/** Sends a JSON body (or none) and returns the answer as text; a refusal throws with the admin API's message. */
	String call(String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (!this.adminToken.isEmpty()) {
			request.header("X-Admin-Token", this.adminToken);
		}
		HttpResponse<String> response = exchange(request.build());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the emulator's admin API at " + this.baseUrl + " did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while calling the emulator's admin API", ex);
		}
	}

	/** For a path segment or query value. */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
