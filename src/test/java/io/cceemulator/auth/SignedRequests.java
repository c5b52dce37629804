package io.cceemulator.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import io.cceemulator.auth.signing.SdkRequestSigner;

/** Raw HTTP requests signed the way the official SDK signs them, for cases the SDK cannot produce. */
public final class SignedRequests {

	private final int port;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String accessKey = DefaultCredentials.AK;

	private String secretKey = DefaultCredentials.SK;

	private Instant date;

	private byte[] sentBody;

	private SignedRequests(int port, Instant date) {
		this.port = port;
		this.date = date;
		this.headers.put("User-Agent", "huaweicloud-usdk-java/3.0");
	}

	/** Signed with the default project's AK/SK, dated {@code date}, with the SDK's User-Agent. */
	public static SignedRequests to(int port, Instant date) {
		return new SignedRequests(port, date);
	}

	public SignedRequests keys(String accessKey, String secretKey) {
		this.accessKey = accessKey;
		this.secretKey = secretKey;
		return this;
	}

	/** A header that is sent and signed. */
	public SignedRequests header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public SignedRequests date(Instant date) {
		this.date = date;
		return this;
	}

	/** Sends these bytes instead of the signed body. */
	public SignedRequests tamperedBody(String body) {
		this.sentBody = body.getBytes(StandardCharsets.UTF_8);
		return this;
	}

	public Response send(String method, String pathAndQuery, String body) {
		String url = "http://127.0.0.1:" + this.port + pathAndQuery;
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		Map<String, String> added = SdkRequestSigner.sign(method, url, this.headers, bytes, this.accessKey,
				this.secretKey, this.date);
		RequestSpecification request = RestAssured.given()
			.urlEncodingEnabled(false)
			.headers(this.headers)
			.headers(added)
			.contentType("application/json");
		if (body != null) {
			request.body((this.sentBody != null) ? this.sentBody : bytes);
		}
		return request.request(method, url);
	}

	public Response get(String pathAndQuery) {
		return send("GET", pathAndQuery, null);
	}

}
