package io.cceemulator.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A body another stage reads and bounds itself (an AK/SK-signed one, for its signature check), which the
 * {@link Stage#BODY_LIMIT} stage leaves to it.
 */
public interface BodyClaim {

	boolean claims(HttpServletRequest request);

}
