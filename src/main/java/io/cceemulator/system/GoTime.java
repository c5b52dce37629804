package io.cceemulator.system;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CCE's timestamps are Go's default {@code time.Time} format, e.g. {@code 2020-02-02 08:12:40.672772389 +0000 UTC}. */
public final class GoTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS '+0000 UTC'")
		.withZone(ZoneOffset.UTC);

	private GoTime() {
	}

	public static String format(Instant instant) {
		return FORMAT.format(instant);
	}

}
