package io.cceemulator.junit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The emulator's clock, which every job phase, timestamp and token expiry reads. Jobs move on when it passes their
 * next transition: freeze it, then advance it to see each phase deterministically.
 */
public final class EmulatorClock {

	private final AdminClient admin;

	EmulatorClock(AdminClient admin) {
		this.admin = admin;
	}

	public Instant now() {
		return Instant.parse(field("now"));
	}

	/** {@code real}, {@code manual} or {@code instant}. */
	public String mode() {
		return field("mode");
	}

	/** When the next job changes phase, if any job is unfinished. */
	public Optional<Instant> nextTransition() {
		return Optional.ofNullable(field("nextTransition")).map(Instant::parse);
	}

	/** Stops the clock where it stands (manual mode); only {@code advance} moves it then. */
	public EmulatorClock freeze() {
		return mode("manual", null);
	}

	/** The same as {@link #freeze()}. */
	public EmulatorClock manual() {
		return freeze();
	}

	/** Runs in real time again, from where it stands. */
	public EmulatorClock real() {
		return real(1.0);
	}

	/** Runs at {@code speed} times real time, e.g. 60 for a minute per second. */
	public EmulatorClock real(double speed) {
		return mode("real", speed);
	}

	/** Runs in real time, and every job finishes within the call that starts it. */
	public EmulatorClock instant() {
		return mode("instant", null);
	}

	public EmulatorClock advance(Duration by) {
		return move("{\"by\":\"" + by + "\"}");
	}

	/** Moves forward to {@code to}; a past instant leaves the clock where it is. */
	public EmulatorClock advanceTo(Instant to) {
		return move("{\"to\":\"" + to + "\"}");
	}

	/** Moves forward to the next job's next phase change; no move when no job is unfinished. */
	public EmulatorClock toNextTransition() {
		return move("{\"toNextTransition\":true}");
	}

	private EmulatorClock mode(String mode, Double speed) {
		String body = "{\"mode\":\"" + mode + "\"" + ((speed != null) ? ",\"speed\":" + speed : "") + "}";
		this.admin.send("PUT", "/__admin/clock", body);
		return this;
	}

	private String field(String name) {
		return Json.string(Json.object(this.admin.get("/__admin/clock")).get(name));
	}

	private EmulatorClock move(String body) {
		this.admin.send("POST", "/__admin/clock/advance", body);
		return this;
	}

}
