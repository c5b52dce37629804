package io.cceemulator.junit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault plan to {@link Faults#add(Fault) install}, built from one of the four kinds and narrowed with the other
 * methods, e.g. {@code Fault.error(500, "CCE.01500001").operation("MigrateNode").times(1)}. Without
 * {@link #times(int)} a fault applies until removed or reset.
 */
public final class Fault {

	private final Map<String, Object> plan = new LinkedHashMap<>();

	private Fault(String kind) {
		this.plan.put("kind", kind);
	}

	/** Answers matching calls with {@code status} and {@code errorCode} in CCE's error body. */
	public static Fault error(int status, String errorCode) {
		return new Fault("error").with("status", status).with("errorCode", errorCode);
	}

	/** Past {@code ratePerSecond} matching calls in a second of the emulator's clock, 429 {@code APIGW.0308}. */
	public static Fault throttle(double ratePerSecond) {
		return new Fault("throttle").with("ratePerSecond", ratePerSecond);
	}

	/** Delays matching calls. */
	public static Fault latency(Duration delay) {
		return new Fault("latency").with("delayMillis", delay.toMillis());
	}

	/** The job a matching call starts fails at the end of its Running phase with {@code reason}. */
	public static Fault jobFailure(String reason) {
		return new Fault("job").with("reason", reason);
	}

	/** Only calls of this CCE operation, e.g. {@code MigrateNode}, {@code ListClusters}, {@code ShowJob}. */
	public Fault operation(String operation) {
		return with("operation", operation);
	}

	public Fault method(String method) {
		return with("method", method);
	}

	/** Only calls whose path contains a match of this regular expression. */
	public Fault path(String regex) {
		return with("path", regex);
	}

	/** Lets the first {@code calls} matching calls through: {@code after(2).times(1)} fails the third. */
	public Fault after(int calls) {
		return with("after", calls);
	}

	public Fault times(int times) {
		return with("times", times);
	}

	/** The error's message ({@link #error}). */
	public Fault message(String message) {
		return with("message", message);
	}

	/** Up to this much more delay, drawn from the seed ({@link #latency}). */
	public Fault jitter(Duration jitter) {
		return with("jitterMillis", jitter.toMillis());
	}

	/** The job fails at the end of Initializing instead, before any node is touched ({@link #jobFailure}). */
	public Fault duringInitializing() {
		return with("phase", "Initializing");
	}

	/** Only this node's part of a migration fails; the others succeed ({@link #jobFailure}). */
	public Fault node(String nodeId) {
		return with("node", nodeId);
	}

	/** Applies to this share of the matching calls, drawn from {@code seed} so that a run replays. */
	public Fault probability(double probability, long seed) {
		return with("probability", probability).with("seed", seed);
	}

	/** Names the fault, for {@link Faults#remove(String)}; by default the emulator picks an id. */
	public Fault id(String id) {
		return with("id", id);
	}

	String toJson() {
		return Json.write(this.plan);
	}

	@Override
	public String toString() {
		return toJson();
	}

	private Fault with(String field, Object value) {
		this.plan.put(field, value);
		return this;
	}

}
