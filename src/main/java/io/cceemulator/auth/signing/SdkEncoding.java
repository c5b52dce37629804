package io.cceemulator.auth.signing;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Canonical URI and query string exactly as the SDK's {@code AKSKSigner} builds them. */
final class SdkEncoding {

	private SdkEncoding() {
	}

	/** The SDK's {@code SignUtils.urlEncode}: RFC 3986 unreserved characters stay, all else is {@code %XX}. */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

	/** Strict percent-decoding; unlike {@code URLDecoder}, {@code +} stays a literal plus. */
	static String decode(String raw, String where) {
		if (raw.indexOf('%') < 0) {
			return raw;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				int hi = (i + 2 < raw.length()) ? Character.digit(raw.charAt(i + 1), 16) : -1;
				int lo = (hi >= 0) ? Character.digit(raw.charAt(i + 2), 16) : -1;
				if (lo < 0) {
					throw new MalformedSignatureException("malformed percent-encoding in " + where + " '" + raw + "'");
				}
				bytes.write(hi * 16 + lo);
				i += 2;
			}
			else {
				int end = (Character.isHighSurrogate(c) && i + 1 < raw.length()) ? i + 2 : i + 1;
				bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
				i = end - 1;
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The SDK splits the path with {@code String.split("/")} (trailing empty segments dropped,
	 * leading and inner ones kept) and appends {@code /} after every segment, so the canonical URI
	 * always ends with a slash although the request line has none; {@code /} stays {@code /}.
	 * The SDK encodes the unescaped path it built, so each received segment is decoded first.
	 */
	static String canonicalUri(String rawPath) {
		if ("/".equals(rawPath)) {
			return "/";
		}
		StringBuilder uri = new StringBuilder();
		for (String segment : rawPath.split("/")) {
			uri.append(encode(decode(segment, "path segment"))).append('/');
		}
		return uri.toString();
	}

	/** Pairs sorted by encoded key (stable, so repeated keys keep their order), {@code key=} when empty. */
	static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			pairs.add(Map.entry(encode(decode(key, "query parameter")), encode(decode(value, "query parameter"))));
		}
		pairs.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
		return pairs.stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
	}

}
