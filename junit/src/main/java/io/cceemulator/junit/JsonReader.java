package io.cceemulator.junit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one JSON text, strictly enough to notice a mistake; see {@link Json} for what values come back. */
final class JsonReader {

	private final String text;

	private int at;

	private JsonReader(String text) {
		this.text = text;
	}

	static Object read(String text) {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value();
		reader.skipSpace();
		if (reader.at < text.length()) {
			throw reader.mistake("end of input");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		if (this.at >= this.text.length()) {
			throw mistake("a value");
		}
		char c = this.text.charAt(this.at);
		return switch (c) {
			case '{' -> objectValue();
			case '[' -> arrayValue();
			case '"' -> stringValue();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> objectValue() {
		Map<String, Object> members = new LinkedHashMap<>();
		this.at++;
		if (peek() == '}') {
			this.at++;
			return Collections.unmodifiableMap(members);
		}
		do {
			skipSpace();
			if (peek() != '"') {
				throw mistake("a member name");
			}
			String name = stringValue();
			expect(':');
			members.put(name, value());
		}
		while (next(',', '}'));
		return Collections.unmodifiableMap(members);
	}

	private List<Object> arrayValue() {
		List<Object> items = new ArrayList<>();
		this.at++;
		if (peek() == ']') {
			this.at++;
			return Collections.unmodifiableList(items);
		}
		do {
			items.add(value());
		}
		while (next(',', ']'));
		return Collections.unmodifiableList(items);
	}

	private String stringValue() {
		StringBuilder out = new StringBuilder();
		this.at++;
		while (true) {
			if (this.at >= this.text.length()) {
				throw mistake("the closing quote");
			}
			char c = this.text.charAt(this.at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (this.at >= this.text.length()) {
				throw mistake("an escape");
			}
			char escape = this.text.charAt(this.at++);
			switch (escape) {
				case '"', '\\', '/' -> out.append(escape);
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> out.append(unicodeEscape());
				default -> {
					this.at--;
					throw mistake("an escape");
				}
			}
		}
	}

	private char unicodeEscape() {
		if (this.at + 4 > this.text.length()) {
			throw mistake("four hex digits");
		}
		try {
			char c = (char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16);
			this.at += 4;
			return c;
		}
		catch (NumberFormatException ex) {
			throw mistake("four hex digits");
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw mistake("a value");
		}
		this.at += word.length();
		return value;
	}

	private Number number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		String digits = this.text.substring(start, this.at);
		try {
			BigDecimal number = new BigDecimal(digits);
			if (digits.indexOf('.') < 0 && digits.indexOf('e') < 0 && digits.indexOf('E') < 0) {
				BigInteger integer = number.toBigIntegerExact();
				if (integer.bitLength() < 32) {
					return integer.intValue();
				}
				return (integer.bitLength() < 64) ? integer.longValue() : integer;
			}
			return number.doubleValue();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			this.at = start;
			throw mistake("a value");
		}
	}

	private char peek() {
		skipSpace();
		return (this.at < this.text.length()) ? this.text.charAt(this.at) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw mistake("'" + c + "'");
		}
		this.at++;
	}

	/** True after a {@code more} separator, false after the {@code end} bracket. */
	private boolean next(char more, char end) {
		char c = peek();
		if (c != more && c != end) {
			throw mistake("'" + more + "' or '" + end + "'");
		}
		this.at++;
		return c == more;
	}

	private void skipSpace() {
		while (this.at < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
	}

	private IllegalArgumentException mistake(String expected) {
		return new IllegalArgumentException("invalid JSON at offset " + this.at + ": expected " + expected);
	}

}
