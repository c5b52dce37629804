package io.cceemulator.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.cceemulator.EmulatorProperties.ClockMode;

/**
 * The one clock every job phase, timestamp, token expiry and signature-date window reads. Modes:
 * <ul>
 * <li>{@code real}: follows the system clock from where it stands, at {@code speed} times real time;</li>
 * <li>{@code manual}: stands still until {@link #advance(Duration) advanced};</li>
 * <li>{@code instant}: runs like {@code real}, and jobs finish inside the call that starts them.</li>
 * </ul>
 * It never runs backwards: switching mode or speed re-anchors it at its current reading.
 */
public final class VirtualClock extends Clock {

	/** The mode named by {@code text} ({@code real}, {@code manual} or {@code instant}, any case). */
	public static ClockMode mode(String text) {
		try {
			return ClockMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("clock mode must be real, manual or instant, got '" + text + "'");
		}
	}

	/** The clock reads {@code virtual + (system now - system) * speed}, or {@code virtual} when manual. */
	private record Anchor(ClockMode mode, double speed, Instant system, Instant virtual) {
	}

	/** Timestamps are written with four-digit years. */
	public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private final Clock system;

	private final AtomicReference<Anchor> anchor;

	public VirtualClock(Clock system) {
		this(system, ClockMode.REAL, 1.0);
	}

	public VirtualClock(Clock system, ClockMode mode, double speed) {
		this.system = system;
		Instant now = system.instant();
		this.anchor = new AtomicReference<>(new Anchor(mode, checkSpeed(speed), now, now));
	}

	@Override
	public Instant instant() {
		return read(this.anchor.get(), this.system.instant());
	}

	private static Instant read(Anchor a, Instant systemNow) {
		if (a.mode() == ClockMode.MANUAL) {
			return a.virtual();
		}
		long elapsed = Duration.between(a.system(), systemNow).toNanos();
		long scaled = (a.speed() == 1.0) ? elapsed : (long) (elapsed * a.speed());
		return a.virtual().plusNanos(Math.max(scaled, 0));
	}

	public ClockMode mode() {
		return this.anchor.get().mode();
	}

	public double speed() {
		return this.anchor.get().speed();
	}

	/** Switches mode and speed from the current reading on. */
	public void set(ClockMode mode, double speed) {
		checkSpeed(speed);
		this.anchor.updateAndGet((a) -> {
			Instant now = this.system.instant();
			return new Anchor(mode, speed, now, read(a, now));
		});
	}

	/**
	 * Starts over at the system clock's reading, in the given mode: the one time the clock may go back, when a reset
	 * has forgotten every job, so that clients signing with real time are in the date window again.
	 */
	public void reset(ClockMode mode, double speed) {
		checkSpeed(speed);
		Instant now = this.system.instant();
		this.anchor.set(new Anchor(mode, speed, now, now));
	}

	/** Stops the clock at its current reading (manual mode). */
	public void freeze() {
		set(ClockMode.MANUAL, speed());
	}

	/** Moves the clock forward; it never passes {@link #LATEST}, the last instant CCE's timestamps can show. */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("the clock only moves forward");
		}
		this.anchor.updateAndGet((a) -> {
			if (Duration.between(a.virtual(), LATEST).compareTo(duration) < 0) {
				throw new IllegalArgumentException("the clock cannot pass " + LATEST + "; it reads " + read(a, this.system.instant()));
			}
			return new Anchor(a.mode(), a.speed(), a.system(), a.virtual().plus(duration));
		});
	}

	/** Moves the clock forward to {@code target}; a target in the past leaves it where it is. */
	public void advanceTo(Instant target) {
		Duration gap = Duration.between(instant(), target);
		if (!gap.isNegative()) {
			advance(gap);
		}
	}

	public boolean isInstant() {
		return mode() == ClockMode.INSTANT;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the emulator's clock is always UTC");
	}

	private static double checkSpeed(double speed) {
		if (!(speed > 0 && speed <= 1_000_000)) {
			throw new IllegalArgumentException("clock speed must be above 0 and at most 1000000, got " + speed);
		}
		return speed;
	}

}
