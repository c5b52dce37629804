package io.cceemulator.error;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns Jackson's failures into messages that name the field and the problem, without class names. */
final class JsonProblems {

	private JsonProblems() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return path(mismatch.getPath()) + ": expected " + expected(mismatch.getTargetType());
		}
		if (cause instanceof StreamReadException read) {
			return "malformed JSON" + at(read.getLocation()) + ": " + firstLine(read.getOriginalMessage());
		}
		if (cause instanceof JacksonException jackson) {
			String where = jackson.getPath().isEmpty() ? "request body" : path(jackson.getPath());
			return where + ": " + firstLine(jackson.getOriginalMessage());
		}
		String message = ex.getMessage();
		if (message != null && message.startsWith("Required request body is missing")) {
			return "request body is required";
		}
		return "request body is not readable JSON";
	}

	static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return path.isEmpty() ? "request body" : path.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "a different value";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "a string";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "an integer";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "a boolean";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		return "a different value";
	}

	private static String at(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 0) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	/** Jackson's first line, without the names of Java classes and parser settings, which mean nothing to a client. */
	static String firstLine(String message) {
		if (message == null) {
			return "unreadable input";
		}
		String line = message.lines().findFirst().orElse("unreadable input");
		line = SETTING.matcher(line).replaceAll("");
		line = JAVA_NAME.matcher(line).replaceAll("value");
		line = ADVICE.matcher(line).replaceAll("");
		return (line.length() > 200) ? line.substring(0, 200) + "..." : line;
	}

	/** Where Jackson found a limit: {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
	private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile(",\\s*from `[^`]*`");

	/** A fully qualified Java name, with or without backquotes: {@code `io.cceemulator.x.Y$Z`}. */
	private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern
		.compile("`?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:\\[\\])?`?");

	/** Jackson's hints at its own switches, e.g. "(by using `StreamReadConstraints...`)" or "enable X to allow". */
	private static final java.util.regex.Pattern ADVICE = java.util.regex.Pattern
		.compile("\\s*\\((?:by |set |consider |if |use |although )[^)]*\\)|\\s*;?\\s*(?:enable|use|set) [A-Z][A-Za-z.]+[^.;]*");

}
