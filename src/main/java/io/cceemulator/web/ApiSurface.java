package io.cceemulator.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which API a request is for, decided once from its path when it arrives (the {@link Stage#REQUEST_ID} stage) and
 * kept on the request, also through an error dispatch: every stage and the error writer ask here, none matches paths.
 */
public enum ApiSurface {

	/** CCE's API, behind its API gateway: {@code /api/...}. */
	CCE,

	/** IAM, for tokens and lookups: {@code /v3/...}. */
	IAM,

	/** The emulator's own admin API, for tests and sandboxes: {@code /__admin/...}. */
	ADMIN,

	/** Health and metrics: {@code /actuator/...}. */
	OPERATIONS,

	/** Anything else, which the gateway answers as an unknown API. */
	OTHER;

	/** The prefix of every admin route; no cloud path can begin with it. */
	public static final String ADMIN_PREFIX = "/__admin";

	private static final String ATTRIBUTE = ApiSurface.class.getName();

	/** The surface of the request, as decided when it arrived. */
	public static ApiSurface of(HttpServletRequest request) {
		Object surface = request.getAttribute(ATTRIBUTE);
		return (surface instanceof ApiSurface known) ? known : of(request.getRequestURI());
	}

	static ApiSurface decide(HttpServletRequest request) {
		ApiSurface surface = of(request.getRequestURI());
		request.setAttribute(ATTRIBUTE, surface);
		return surface;
	}

	/** The surface of a path, for a request the container refused before the pipeline saw it. */
	public static ApiSurface ofPath(String path) {
		return of(path);
	}

	static ApiSurface of(String path) {
		if (path == null) {
			return OTHER;
		}
		if (path.startsWith("/api/")) {
			return CCE;
		}
		if (path.startsWith("/v3/")) {
			return IAM;
		}
		if (path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/")) {
			return ADMIN;
		}
		if (path.equals("/actuator") || path.startsWith("/actuator/")) {
			return OPERATIONS;
		}
		return OTHER;
	}

	/** The APIs of the emulated cloud, which clients call (the journal and the metrics record these). */
	public boolean isCloud() {
		return this == CCE || this == IAM || this == OTHER;
	}

}
