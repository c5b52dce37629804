package io.cceemulator.nodelifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cceemulator.error.CceException;

/** The checks every node operation's body gets before its fields: its envelope, and no id listed twice. */
public final class RequestChecks {

	private RequestChecks() {
	}

	/** {@code apiVersion} must be v3 and {@code kind} the body's own, when given (both are optional). */
	public static void envelope(String apiVersion, String kind, String expectedKind) {
		if (apiVersion != null && !"v3".equals(apiVersion)) {
			throw CceException.invalid("apiVersion: must be v3, got '" + apiVersion + "'");
		}
		if (kind != null && !expectedKind.equals(kind)) {
			throw CceException.invalid("kind: must be " + expectedKind + ", got '" + kind + "'");
		}
	}

	/** @param field the ids' path with their index as {@code %d}, e.g. {@code spec.nodes[%d].uid} */
	public static void distinct(List<String> ids, String field, String what) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			if (!seen.add(ids.get(i))) {
				throw CceException.invalid(field.formatted(i) + ": " + what + " " + ids.get(i) + " is listed more than once");
			}
		}
	}

}
