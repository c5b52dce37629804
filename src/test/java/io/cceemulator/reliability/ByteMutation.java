package io.cceemulator.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** One change to a request's bytes: truncated, random, invalid UTF-8, garbage around it, JSON's forbidden forms. */
final class ByteMutation {

	private final Random random;

	ByteMutation(Random random) {
		this.random = random;
	}

	byte[] apply(byte[] body, List<String> applied) {
		switch (this.random.nextInt(7)) {
			case 0 -> {
				int at = this.random.nextInt(Math.max(body.length, 1));
				applied.add("truncate@" + at);
				return Arrays.copyOf(body, at);
			}
			case 1 -> {
				byte[] noise = new byte[this.random.nextInt(300)];
				this.random.nextBytes(noise);
				applied.add("randomBytes" + noise.length);
				return noise;
			}
			case 2 -> {
				byte[] flipped = body.clone();
				for (int i = 0; i < 1 + this.random.nextInt(4) && flipped.length > 0; i++) {
					flipped[this.random.nextInt(flipped.length)] = (byte) this.random.nextInt(256);
				}
				applied.add("flipBytes");
				return flipped;
			}
			case 3 -> {
				applied.add("invalidUtf8");
				return concat(new byte[] { '{', '"', (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
						'"', ':' }, body, new byte[] { '}' });
			}
			case 4 -> {
				String around = pick(List.of("\ufeff%s", "%s}", "%s x", "%s%s", "/* c */%s", "[%s]", "%s\u0000"));
				applied.add("wrap:" + around.replace("%s", "B"));
				String text = new String(body, StandardCharsets.UTF_8);
				return around.replace("%s", text).getBytes(StandardCharsets.UTF_8);
			}
			case 5 -> {
				String text = new String(body, StandardCharsets.UTF_8);
				String form = pick(List.of("'", "NaN", "Infinity", "undefined", "0x1F", "01"));
				applied.add("jsonForbidden:" + form);
				return text.replaceFirst(":(\"|\\d|\\[|\\{)", ":" + form + "$1").getBytes(StandardCharsets.UTF_8);
			}
			default -> {
				applied.add("empty");
				return new byte[0];
			}
		}
	}

	private static byte[] concat(byte[]... parts) {
		int length = Arrays.stream(parts).mapToInt((p) -> p.length).sum();
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
