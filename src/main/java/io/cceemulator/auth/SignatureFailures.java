package io.cceemulator.auth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The most recent AK/SK failures, newest first, with the canonical request and string to sign the emulator computed,
 * so that a user can compare them with their client's. They hold neither the secret key nor the signature, and the
 * values of signed credential headers are masked.
 */
@Component
class SignatureFailures {

	static final int CAPACITY = 50;

	/** Signed headers whose values are credentials themselves. */
	private static final Pattern SECRET_HEADER = Pattern
		.compile("(?m)^(authorization|x-auth-token|x-security-token|x-admin-token|cookie|proxy-authorization):.*$");

	/**
	 * @param time ISO-8601 instant on the emulator's clock
	 * @param canonicalRequest null when the request could not be canonicalised (e.g. a signed header is missing)
	 */
	record SignatureFailure(String requestId, String time, String accessKey, String method, String path, String reason,
			String canonicalRequest, String stringToSign) {
	}

	private final Deque<SignatureFailure> recent = new ArrayDeque<>();

	synchronized void add(SignatureFailure failure) {
		this.recent.addFirst(failure);
		while (this.recent.size() > CAPACITY) {
			this.recent.removeLast();
		}
	}

	synchronized List<SignatureFailure> recent() {
		return List.copyOf(this.recent);
	}

	/** The canonical request with the values of credential headers replaced by {@code ***}. */
	static String masked(String canonicalRequest) {
		if (canonicalRequest == null) {
			return null;
		}
		return SECRET_HEADER.matcher(canonicalRequest).replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + ":***"));
	}

}
