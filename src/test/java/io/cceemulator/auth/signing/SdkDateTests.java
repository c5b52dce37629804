package io.cceemulator.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SdkDateTests {

	@Test
	void parsesTheSdkFormatAsUtc() {
		SdkDate date = SdkDate.parse("20261125T011427Z");

		assertThat(date.instant()).isEqualTo(Instant.parse("2026-11-25T01:14:27Z"));
		assertThat(date.format()).isEqualTo("20261125T011427Z");
	}

	@Test
	void formatsTruncatedToSeconds() {
		assertThat(new SdkDate(Instant.parse("2026-01-02T03:04:05.999Z")).format()).isEqualTo("20260102T030405Z");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "20261125T011427", "20261125T011427z", "2026-11-25T01:14:27Z", " 20261125T011427Z",
			"202611250T011427Z", "20261125011427Z", "Wed, 25 Nov 2026 01:14:27 GMT" })
	void rejectsOtherShapes(String value) {
		assertThatThrownBy(() -> SdkDate.parse(value)).isInstanceOf(MalformedSignatureException.class)
			.hasMessage("X-Sdk-Date '" + value + "' is not of the form yyyyMMdd'T'HHmmss'Z'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "20260230T000000Z", "20261325T000000Z", "20261125T240000Z", "20261125T006000Z" })
	void rejectsImpossibleDates(String value) {
		assertThatThrownBy(() -> SdkDate.parse(value)).isInstanceOf(MalformedSignatureException.class)
			.hasMessage("X-Sdk-Date '" + value + "' is not a valid date and time");
	}

	@Test
	void withinAcceptsSkewUpToTheWindowInBothDirections() {
		SdkDate date = SdkDate.parse("20261125T011427Z");
		Instant at = Instant.parse("2026-11-25T01:14:27Z");
		Duration window = Duration.ofMinutes(15);

		assertThat(date.within(at, window)).isTrue();
		assertThat(date.within(at.plus(window), window)).isTrue();
		assertThat(date.within(at.minus(window), window)).isTrue();
		assertThat(date.within(at.plus(window).plusSeconds(1), window)).isFalse();
		assertThat(date.within(at.minus(window).minusSeconds(1), window)).isFalse();
	}

}
