package io.cceemulator.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock every job, timestamp and expiry reads. It follows the system clock, shifted by an offset, or stands
 * still until a test moves it ({@link #freeze()}, {@link #advance(Duration)}), which makes job progress deterministic.
 */
public final class VirtualClock extends Clock {

	private record State(Duration offset, Instant frozenAt) {
	}

	private final Clock system;

	private final AtomicReference<State> state = new AtomicReference<>(new State(Duration.ZERO, null));

	public VirtualClock(Clock system) {
		this.system = system;
	}

	@Override
	public Instant instant() {
		State current = this.state.get();
		return (current.frozenAt() != null) ? current.frozenAt() : this.system.instant().plus(current.offset());
	}

	/** Stops the clock at its current reading. */
	public void freeze() {
		this.state.updateAndGet((s) -> (s.frozenAt() != null) ? s : new State(s.offset(), instant()));
	}

	/** Lets the clock run again from where it stands. */
	public void release() {
		this.state.updateAndGet((s) -> (s.frozenAt() == null) ? s
				: new State(Duration.between(this.system.instant(), s.frozenAt()), null));
	}

	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("the clock only moves forward");
		}
		this.state.updateAndGet((s) -> (s.frozenAt() != null) ? new State(s.offset(), s.frozenAt().plus(duration))
				: new State(s.offset().plus(duration), null));
	}

	public boolean isFrozen() {
		return this.state.get().frozenAt() != null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the emulator's clock is always UTC");
	}

}
