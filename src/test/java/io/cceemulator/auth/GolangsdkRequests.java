package io.cceemulator.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GET requests as terraform-provider-huaweicloud sends them through chnsz/golangsdk ({@code provider_client.go}
 * {@code Request}): {@code Accept: application/json} and the provider's User-Agent, signed by golangsdk's own signer
 * ({@code auth/core/signer/signer.go}, written out again here rather than borrowed from the emulator), which signs the
 * headers the request holds at that moment and so never {@code host}; {@code X-Project-Id} and {@code X-Domain-Id} are
 * set after signing, unsigned.
 */
final class GolangsdkRequests {

	/** {@code providerUserAgent} prepended to golangsdk's {@code DefaultUserAgent}. */
	static final String USER_AGENT = "terraform-provider-iac golangsdk/2.0.0";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String accessKey;

	private final String secretKey;

	private final Instant date;

	GolangsdkRequests(String accessKey, String secretKey, Instant date) {
		this.accessKey = accessKey;
		this.secretKey = secretKey;
		this.date = date;
	}

	/** @param unsigned headers golangsdk sets after signing ({@code X-Project-Id}, {@code X-Domain-Id}) */
	HttpResponse<String> get(String url, Map<String, String> unsigned) throws IOException, InterruptedException {
		Map<String, String> signed = new LinkedHashMap<>();
		signed.put("Accept", "application/json");
		signed.put("User-Agent", USER_AGENT);
		signed.put("X-Sdk-Date", DATE.format(this.date));
		signed.put("Authorization", authorization("GET", URI.create(url), signed));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		signed.forEach(request::header);
		unsigned.forEach(request::header);
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String authorization(String method, URI uri, Map<String, String> headers) {
		Map<String, String> lower = new TreeMap<>();
		headers.forEach((name, value) -> lower.put(name.toLowerCase(), value));
		String signedHeaders = String.join(";", lower.keySet());
		String canonicalHeaders = lower.entrySet().stream().map((e) -> e.getKey() + ":" + e.getValue().strip())
			.collect(Collectors.joining("\n")) + "\n";
		String canonicalRequest = String.join("\n", method, canonicalUri(uri.getRawPath()),
				canonicalQuery(uri.getRawQuery()), canonicalHeaders, signedHeaders, hex(sha256("")));
		String stringToSign = "SDK-HMAC-SHA256\n" + DATE.format(this.date) + "\n" + hex(sha256(canonicalRequest));
		return "SDK-HMAC-SHA256 Access=" + this.accessKey + ", SignedHeaders=" + signedHeaders + ", Signature="
				+ hex(hmac(this.secretKey, stringToSign));
	}

	private static String canonicalUri(String rawPath) {
		String path = Arrays.stream(rawPath.split("/", -1)).map((s) -> escape(decode(s.replace("+", "%2B"))))
			.collect(Collectors.joining("/"));
		return path.endsWith("/") ? path : path + "/";
	}

	private static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		TreeMap<String, List<String>> query = new TreeMap<>();
		for (String pair : rawQuery.split("&")) {
			int eq = pair.indexOf('=');
			String key = decode((eq < 0) ? pair : pair.substring(0, eq));
			query.computeIfAbsent(key, (k) -> new ArrayList<>()).add((eq < 0) ? "" : decode(pair.substring(eq + 1)));
		}
		List<String> parts = new ArrayList<>();
		query.forEach((key, values) -> values.stream().sorted().forEach((v) -> parts.add(escape(key) + "=" + escape(v))));
		return String.join("&", parts);
	}

	/** golangsdk's {@code escape}: all but letters, digits and {@code _-~.} as %XX. */
	private static String escape(String value) {
		StringBuilder escaped = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "_-~.".indexOf(c) >= 0) {
				escaped.append(c);
			}
			else {
				escaped.append('%').append("0123456789ABCDEF".charAt((b >> 4) & 15)).append("0123456789ABCDEF".charAt(b & 15));
			}
		}
		return escaped.toString();
	}

	/** As Go's url package reads a query (a {@code +} is a space); the path's plus signs are kept before. */
	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(String key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
