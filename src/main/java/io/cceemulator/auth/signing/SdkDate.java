package io.cceemulator.auth.signing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/** The {@code X-Sdk-Date} header: UTC, {@code yyyyMMdd'T'HHmmss'Z'}, e.g. {@code 20261125T011427Z}. */
public record SdkDate(Instant instant) {

	private static final Pattern SHAPE = Pattern.compile("\\d{8}T\\d{6}Z");

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT)
		.withZone(ZoneOffset.UTC);

	public SdkDate {
		instant = instant.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * @throws MalformedSignatureException if the value is not exactly of the form
	 * {@code yyyyMMdd'T'HHmmss'Z'} or is not a real date and time
	 */
	public static SdkDate parse(String value) {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new MalformedSignatureException("X-Sdk-Date '" + value + "' is not of the form yyyyMMdd'T'HHmmss'Z'");
		}
		try {
			return new SdkDate(LocalDateTime.parse(value, FORMAT).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			throw new MalformedSignatureException("X-Sdk-Date '" + value + "' is not a valid date and time");
		}
	}

	/** Whether this date is at most {@code window} before or after {@code now}. */
	public boolean within(Instant now, Duration window) {
		return Duration.between(instant, now).abs().compareTo(window) <= 0;
	}

	/** The header value, e.g. {@code 20261125T011427Z}. */
	public String format() {
		return FORMAT.format(instant);
	}

}
