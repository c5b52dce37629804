package io.cceemulator.auth.signing;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A received request as the signature check sees it.
 * @param method the HTTP method
 * @param rawPath the path as received on the wire, still percent-encoded (servlet {@code getRequestURI()})
 * @param rawQuery the query string as received, without {@code ?}; {@code null} when there is none
 * @param headers case-insensitive lookup of the first value of a header (servlet {@code request::getHeader})
 * @param body the body bytes, already de-chunked; empty when there is no body
 */
public record SigningInput(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {

	public SigningInput {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(rawPath, "rawPath");
		Objects.requireNonNull(headers, "headers");
		body = (body == null) ? new byte[0] : body;
	}

	public static SigningInput of(String method, String rawPath, String rawQuery, Map<String, String> headers,
			byte[] body) {
		return new SigningInput(method, rawPath, rawQuery, Headers.of(headers), body);
	}

	/** Case-insensitive lookup of a header's first value. */
	@FunctionalInterface
	public interface Headers {

		/** The first value of the header, or {@code null} when absent. */
		String first(String name);

		static Headers of(Map<String, String> headers) {
			Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			copy.putAll(headers);
			return copy::get;
		}

	}

}
