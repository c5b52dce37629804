package io.cceemulator.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a call learns about itself on its way through the emulator (its operation, the error it ended with, the rule
 * that refused it, the state it changed), kept as request attributes for the journal and metrics.
 */
public final class CallAttributes {

	public static final String OPERATION = "cce.operation";

	public static final String ERROR_CODE = "cce.errorCode";

	public static final String RULE = "cce.rule";

	public static final String CHANGES = "cce.changes";

	public static final String PROJECT = "cce.project";

	private CallAttributes() {
	}

	public static String operation(HttpServletRequest request) {
		Object operation = request.getAttribute(OPERATION);
		return (operation != null) ? operation.toString() : "Unknown";
	}

	/** The operation of the call this thread serves; none on background threads (a job advancing with the clock). */
	public static String currentOperation() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object operation = (attributes != null) ? attributes.getAttribute(OPERATION, RequestAttributes.SCOPE_REQUEST)
				: null;
		return (operation != null) ? operation.toString() : null;
	}

	/** Records an attribute on the current request, if there is one (there is none on background threads). */
	public static void set(String name, Object value) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null && value != null) {
			attributes.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
