package io.cceemulator.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cceemulator.support.Defaults;

/**
 * A keep-alive HTTP/1.1 client for tests that send thousands of requests; rest-assured opens a connection each time.
 * Paths are sent as given, so a test can put any escape in them.
 */
final class Http {

	record Reply(int status, String body, Map<String, List<String>> headers) {

		String header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of(""))
				.get(0);
		}

	}

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String token;

	private Http(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.token = token;
	}

	/** Calls of the default project's user. */
	static Http api(int port) {
		return new Http(port, Defaults.TOKEN);
	}

	static Http as(int port, String token) {
		return new Http(port, token);
	}

	/** The admin API: no token, loopback. */
	static Http admin(int port) {
		return new Http(port, null);
	}

	Reply get(String path) {
		return send("GET", path, null);
	}

	Reply put(String path, String body) {
		return send("PUT", path, body.getBytes(StandardCharsets.UTF_8));
	}

	Reply post(String path, String body) {
		return send("POST", path, body.getBytes(StandardCharsets.UTF_8));
	}

	Reply send(String method, String path, byte[] body) {
		return send(method, path, body, Map.of());
	}

	Reply send(String method, String path, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (this.token != null) {
			request.header("X-Auth-Token", this.token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
