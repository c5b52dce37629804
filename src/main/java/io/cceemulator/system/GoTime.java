package io.cceemulator.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CCE's timestamps are Go's default {@code time.Time} format, e.g. {@code 2020-02-02 08:12:40.672772389 +0000 UTC}. */
public final class GoTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS '+0000 UTC'")
		.withZone(ZoneOffset.UTC);

	private static final String ZONE = " +0000 UTC";

	private GoTime() {
	}

	/**
	 * The same text as {@link #FORMAT} (microseconds, truncated), written digit by digit: a listing of 1,000 nodes
	 * formats a few thousand timestamps per call, and DateTimeFormatter's general machinery was ~11 % of its CPU
	 * (measured by bench/throughput.sh's listing). Years outside 1–9999 (the pattern writes the year of era, and a sign past 9999) still go
	 * through the formatter.
	 */
	public static String format(Instant instant) {
		LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
		if (t.getYear() < 1 || t.getYear() > 9999) {
			return FORMAT.format(instant);
		}
		char[] c = new char[26 + ZONE.length()];
		digits(c, 0, t.getYear(), 4);
		c[4] = '-';
		digits(c, 5, t.getMonthValue(), 2);
		c[7] = '-';
		digits(c, 8, t.getDayOfMonth(), 2);
		c[10] = ' ';
		digits(c, 11, t.getHour(), 2);
		c[13] = ':';
		digits(c, 14, t.getMinute(), 2);
		c[16] = ':';
		digits(c, 17, t.getSecond(), 2);
		c[19] = '.';
		digits(c, 20, t.getNano() / 1000, 6);
		ZONE.getChars(0, ZONE.length(), c, 26);
		return new String(c);
	}

	private static void digits(char[] into, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			into[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	static String formatWithFormatter(Instant instant) {
		return FORMAT.format(instant);
	}

}
