package com.example.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cceemulator.junit.CceEmulator;

/** The CCE API of the default project with its token, as a user's test would call it: the JDK's HTTP client. */
public final class CceApi {

	public static final String SOURCE = "11111111-aaaa-4bbb-8ccc-000000000001";

	public static final String TARGET = "22222222-aaaa-4bbb-8ccc-000000000002";

	public static final String NODE = "33333333-aaaa-4bbb-8ccc-000000000003";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final CceEmulator emulator;

	public CceApi(CceEmulator emulator) {
		this.emulator = emulator;
	}

	public Answer get(String path) {
		return call("GET", path, null);
	}

	/** Migrates {@code node} from {@link #SOURCE} to {@link #TARGET}. */
	public Answer migrate(String node) {
		return call("PUT", "/clusters/" + SOURCE + "/nodes/operation/migrateto/" + TARGET, """
				{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"%s"}]}}""".formatted(node));
	}

	/** The phase of a job, e.g. {@code Running}. */
	public String phase(String jobId) {
		return get("/jobs/" + jobId).field("phase");
	}

	public Answer call(String method, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.emulator.projectUrl() + path))
			.header("X-Auth-Token", this.emulator.token())
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
			.build();
		try {
			var response = HTTP.send(request, BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("X-Request-Id").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Answer(int status, String body, String requestId) {

		/** The first string field of this name anywhere in the body, e.g. {@code jobID}; null if none. */
		public String field(String name) {
			Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(this.body);
			return m.find() ? m.group(1) : null;
		}

	}

}
