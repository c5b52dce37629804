package io.cceemulator.system;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers of requests and jobs. {@link UUID#randomUUID()} draws from the JDK's SecureRandom, which reads
 * /dev/urandom under one lock shared by every thread: at thousands of calls a second the request threads queue on it.
 * Nothing the emulator names has to be unguessable, only unique, so 122 bits of {@link ThreadLocalRandom} do.
 */
public final class Ids {

	private static final HexFormat HEX = HexFormat.of();

	private Ids() {
	}

	/** A version 4 UUID, in the usual form, as CCE's job ids are. */
	public static String uuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** 32 hex digits, as the gateway's {@code X-Request-Id}. */
	public static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
	}

}
