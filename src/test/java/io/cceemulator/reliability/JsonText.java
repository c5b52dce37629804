package io.cceemulator.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that can hold what a parser never produces (a key twice, a number no Java type holds) and writes it
 * out as text: objects are lists of members, {@link Raw} is copied verbatim, strings escape everything outside ASCII
 * so that even a lone surrogate goes out as valid JSON text.
 */
final class JsonText {

	record Member(String name, Object value) {
	}

	/** An object whose members keep their order and may repeat a name. */
	static final class Obj extends ArrayList<Member> {

		Obj with(String name, Object value) {
			add(new Member(name, value));
			return this;
		}

	}

	/** A token written as it is: {@code 1e999}, {@code -0}, a 40-digit integer. */
	record Raw(String text) {
	}

	private JsonText() {
	}

	static Obj obj() {
		return new Obj();
	}

	static List<Object> arr(Object... values) {
		return new ArrayList<>(List.of(values));
	}

	static Object copy(Object value) {
		if (value instanceof Obj obj) {
			Obj copy = new Obj();
			obj.forEach((m) -> copy.add(new Member(m.name(), copy(m.value()))));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((v) -> copy.add(copy(v)));
			return copy;
		}
		return value;
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Obj obj) {
			out.append('{');
			for (int i = 0; i < obj.size(); i++) {
				out.append((i > 0) ? "," : "");
				string(obj.get(i).name(), out);
				out.append(':');
				write(obj.get(i).value(), out);
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				out.append((i > 0) ? "," : "");
				write(list.get(i), out);
			}
			out.append(']');
		}
		else if (value instanceof String text) {
			string(text, out);
		}
		else if (value instanceof Raw raw) {
			out.append(raw.text());
		}
		else if (value instanceof Map<?, ?>) {
			throw new IllegalArgumentException("use Obj, not Map");
		}
		else {
			out.append(value);
		}
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		out.append('"');
	}

}
