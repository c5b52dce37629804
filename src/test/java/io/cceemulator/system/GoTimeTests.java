package io.cceemulator.system;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoTimeTests {

	@Test
	void writesGosDefaultTimeFormatInUtcWithMicroseconds() {
		assertThat(GoTime.format(Instant.parse("2020-02-02T08:12:40.672772389Z")))
			.isEqualTo("2020-02-02 08:12:40.672772 +0000 UTC");
		assertThat(GoTime.format(Instant.parse("0001-01-01T00:00:00Z"))).isEqualTo("0001-01-01 00:00:00.000000 +0000 UTC");
	}

	@Test
	void writesWhatTheGeneralFormatterWritesForAnyInstant() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		long min = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
		long max = Instant.parse("+12000-12-31T23:59:59Z").getEpochSecond();
		for (int i = 0; i < 100_000; i++) {
			Instant instant = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)),
					random.nextInt(1_000_000_000));
			assertThat(GoTime.format(instant)).as("%s (seed %d)", instant, seed)
				.isEqualTo(GoTime.formatWithFormatter(instant));
		}
		for (String edge : new String[] { "1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
				"2024-02-29T12:00:00.000000999Z", "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z" }) {
			Instant instant = Instant.parse(edge);
			assertThat(GoTime.format(instant)).as(edge).isEqualTo(GoTime.formatWithFormatter(instant));
		}
	}

}
