package io.cceemulator.auth.signing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Signs a request like the official Huawei Cloud Java SDK does ({@code SDK-HMAC-SHA256}), for
 * tests, curl examples and clients without the SDK. Send the URL exactly as given (already
 * percent-encoded, e.g. {@code %20} for a space) and every header passed in unchanged.
 */
public final class SdkRequestSigner {

	private SdkRequestSigner() {
	}

	/** Signs with the current time and a UTF-8 body (may be {@code null}). */
	public static Map<String, String> sign(String method, String url, Map<String, String> headers, String body,
			String accessKey, String secretKey) {
		byte[] bytes = (body == null) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		return sign(method, url, headers, bytes, accessKey, secretKey, Instant.now());
	}

	/**
	 * Returns the headers the SDK adds: {@code Host}, {@code X-Sdk-Date} and {@code Authorization}.
	 * A {@code Host} or {@code X-Sdk-Date} already in {@code headers} is used as is. Like the SDK,
	 * every header in {@code headers} is signed except {@code Content-Type} and names containing
	 * {@code _}.
	 */
	public static Map<String, String> sign(String method, String url, Map<String, String> headers, byte[] body,
			String accessKey, String secretKey, Instant date) {
		URI uri = URI.create(url);
		Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		all.putAll(headers);
		all.putIfAbsent("Host", uri.getRawAuthority());
		all.putIfAbsent(SdkSignatureVerifier.DATE_HEADER, new SdkDate(date).format());
		TreeSet<String> names = new TreeSet<>();
		for (String name : all.keySet()) {
			if (!name.equalsIgnoreCase("Content-Type") && !name.contains("_")) {
				names.add(name.toLowerCase(Locale.ROOT));
			}
		}
		List<String> signedHeaders = new ArrayList<>(names);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		SigningInput input = new SigningInput(method, path, uri.getRawQuery(), all::get, body);
		String stringToSign = CanonicalRequest.of(input, signedHeaders)
			.stringToSign(all.get(SdkSignatureVerifier.DATE_HEADER));
		String signature = Hashing.hex(Hashing.hmacSha256(secretKey, stringToSign));
		Map<String, String> result = new LinkedHashMap<>();
		result.put("Host", all.get("Host"));
		result.put(SdkSignatureVerifier.DATE_HEADER, all.get(SdkSignatureVerifier.DATE_HEADER));
		result.put("Authorization", new AuthorizationHeader(accessKey, signedHeaders, signature).format());
		return result;
	}

}
