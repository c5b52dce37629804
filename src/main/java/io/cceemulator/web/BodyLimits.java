package io.cceemulator.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Another feature's bound for some bodies, in place of the emulator's own: the API gateway reads an AK/SK-signed
 * body up to its own limit and refuses a larger one in its own words, after the signature check.
 */
public interface BodyLimits {

	/** @return the limit for this request's body, or empty to leave it to the emulator's limits */
	Optional<Limit> limitFor(HttpServletRequest request);

	/**
	 * @param maxBytes the largest body kept
	 * @param refuseHere true: a larger body is refused with 413 by the body stage; false: the request goes on without
	 * its body and with {@link BufferedBodyRequest#TOO_LARGE} set, for its owner to refuse
	 */
	record Limit(long maxBytes, boolean refuseHere) {
	}

}
