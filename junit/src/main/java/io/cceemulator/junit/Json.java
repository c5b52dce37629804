package io.cceemulator.junit;

import java.util.List;
import java.util.Map;

/**
 * The little JSON the admin API needs, read into maps, lists, strings, numbers, booleans and nulls and written back,
 * so that the library brings no JSON library onto a user's classpath. Objects keep their order; integers come back
 * as {@code Integer} or {@code Long} when they fit, other numbers as {@code Double}.
 */
final class Json {

	/** The value {@code text} holds; throws {@link IllegalArgumentException} naming the offset of a mistake. */
	static Object read(String text) {
		return JsonReader.read(text);
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	/** The object {@code value} is, or an empty one for anything else (a missing field included). */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		return (value instanceof Map) ? (Map<String, Object>) value : Map.of();
	}

	/** The array {@code value} is, or an empty one. */
	@SuppressWarnings("unchecked")
	static List<Object> array(Object value) {
		return (value instanceof List) ? (List<Object>) value : List.of();
	}

	/** The string {@code value} is; null for null or a missing field; a number or boolean as its JSON text. */
	static String string(Object value) {
		return (value == null || value instanceof String) ? (String) value : write(value);
	}

	private Json() {
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null || value instanceof Boolean || value instanceof Number) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			String separator = "";
			for (Map.Entry<?, ?> member : map.entrySet()) {
				out.append(separator);
				writeString(String.valueOf(member.getKey()), out);
				out.append(':');
				write(member.getValue(), out);
				separator = ",";
			}
			out.append('}');
		}
		else if (value instanceof Iterable<?> items) {
			out.append('[');
			String separator = "";
			for (Object item : items) {
				out.append(separator);
				write(item, out);
				separator = ",";
			}
			out.append(']');
		}
		else {
			writeString(value.toString(), out);
		}
	}

	private static void writeString(String value, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
