package io.cceemulator.auth.signing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The {@code Authorization} header of an SDK-signed request:
 * {@code SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=a;b;c, Signature=<hex>}.
 */
public record AuthorizationHeader(String accessKey, List<String> signedHeaders, String signature) {

	public static final String ALGORITHM = "SDK-HMAC-SHA256";

	private static final List<String> PARTS = List.of("Access", "SignedHeaders", "Signature");

	public AuthorizationHeader {
		signedHeaders = List.copyOf(signedHeaders);
	}

	/**
	 * Parses the header value; whitespace around the parts is tolerated, the algorithm must be
	 * exactly {@value #ALGORITHM}.
	 * @throws MalformedSignatureException with a client-facing reason
	 */
	public static AuthorizationHeader parse(String value) {
		if (value == null || value.isBlank()) {
			throw new MalformedSignatureException("Authorization header is empty");
		}
		String trimmed = value.strip();
		int space = endOfAlgorithm(trimmed);
		String algorithm = (space < 0) ? trimmed : trimmed.substring(0, space);
		if (!ALGORITHM.equals(algorithm)) {
			String shown = (algorithm.length() > 40) ? algorithm.substring(0, 40) + "..." : algorithm;
			throw new MalformedSignatureException("unsupported algorithm " + shown + " (expected " + ALGORITHM + ")");
		}
		Map<String, String> parts = new HashMap<>();
		String rest = (space < 0) ? "" : trimmed.substring(space);
		for (String part : rest.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			int eq = part.indexOf('=');
			String name = (eq < 0) ? part.strip() : part.substring(0, eq).strip();
			if (eq < 0 || !PARTS.contains(name)) {
				throw new MalformedSignatureException("Authorization header has an unknown part '" + part.strip() + "'");
			}
			if (parts.put(name, part.substring(eq + 1).strip()) != null) {
				throw new MalformedSignatureException("Authorization header has " + name + " more than once");
			}
		}
		for (String name : PARTS) {
			if (!parts.containsKey(name)) {
				throw new MalformedSignatureException("Authorization header has no " + name);
			}
			if (parts.get(name).isEmpty()) {
				throw new MalformedSignatureException("Authorization header has an empty " + name);
			}
		}
		return new AuthorizationHeader(parts.get("Access"), parseSignedHeaders(parts.get("SignedHeaders")),
				parseSignature(parts.get("Signature")));
	}

	private static List<String> parseSignedHeaders(String value) {
		List<String> names = new ArrayList<>();
		for (String name : value.split(";", -1)) {
			if (name.isBlank()) {
				throw new MalformedSignatureException("Authorization header has an empty name in SignedHeaders");
			}
			names.add(name.strip());
		}
		return names;
	}

	private static String parseSignature(String value) {
		if (value.length() != 64 || !value.chars().allMatch(HexFormat::isHexDigit)) {
			throw new MalformedSignatureException("Authorization header Signature is not 64 hex digits");
		}
		return value;
	}

	private static int endOfAlgorithm(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',') {
				return i;
			}
		}
		return -1;
	}

	/** The value the SDK would send for these parts. */
	public String format() {
		return ALGORITHM + " Access=" + accessKey + ", SignedHeaders=" + String.join(";", signedHeaders)
				+ ", Signature=" + signature;
	}

	/** Omits the signature (it is a credential for the lifetime of the request). */
	@Override
	public String toString() {
		return "AuthorizationHeader[accessKey=" + accessKey + ", signedHeaders=" + signedHeaders + "]";
	}

}
