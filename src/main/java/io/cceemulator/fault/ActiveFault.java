package io.cceemulator.fault;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.cceemulator.error.Refusal;
import io.cceemulator.state.JobPhase;

/** An installed plan with its state: how many applications are left, its seeded random draws, its rate window. */
final class ActiveFault {

	enum Kind {

		ERROR, LATENCY, THROTTLE, JOB

	}

	final FaultPlan plan;

	final Kind kind;

	private final Pattern path;

	/** The body an error fault answers in: the plan's, or its code family's. */
	final Refusal.Shape shape;

	private final AtomicInteger remaining;

	/** How many more matching calls pass before the plan applies. */
	private final AtomicInteger passing;

	private final Random random;

	private final AtomicLong windowSecond = new AtomicLong(Long.MIN_VALUE);

	private final AtomicInteger windowCount = new AtomicInteger();

	ActiveFault(FaultPlan plan) {
		this.kind = parseKind(plan.kind());
		this.plan = validate(plan, this.kind);
		this.shape = shape(plan);
		try {
			this.path = (plan.path() != null) ? Pattern.compile(plan.path()) : null;
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException("path is not a regular expression: " + ex.getDescription());
		}
		this.remaining = (plan.times() != null) ? new AtomicInteger(plan.times()) : null;
		this.passing = new AtomicInteger((plan.after() != null) ? plan.after() : 0);
		this.random = new Random((plan.seed() != null) ? plan.seed() : 0L);
	}

	boolean matches(String operation, String method, String uri) {
		return (this.plan.operation() == null || this.plan.operation().equals(operation))
				&& (this.plan.method() == null || this.plan.method().equalsIgnoreCase(method))
				&& (this.path == null || this.path.matcher(uri).find());
	}

	/** Takes one application if the calls to let through have passed, any is left and the seeded draw says so. */
	boolean take() {
		if (this.passing.get() > 0 && this.passing.getAndUpdate((n) -> Math.max(n - 1, 0)) > 0) {
			return false;
		}
		if (this.plan.probability() != null && !draw(this.plan.probability())) {
			return false;
		}
		return this.remaining == null || this.remaining.getAndUpdate((n) -> Math.max(n - 1, 0)) > 0;
	}

	boolean exhausted() {
		return this.remaining != null && this.remaining.get() <= 0;
	}

	long delayMillis() {
		long jitter = (this.plan.jitterMillis() != null && this.plan.jitterMillis() > 0)
				? nextLong(this.plan.jitterMillis() + 1) : 0;
		return this.plan.delayMillis() + jitter;
	}

	/** True when this call is over the rate within the current second of the emulator's clock. */
	boolean overRate(long epochSecond) {
		long current = this.windowSecond.get();
		if (current != epochSecond && this.windowSecond.compareAndSet(current, epochSecond)) {
			this.windowCount.set(0);
		}
		return this.windowCount.incrementAndGet() > this.plan.ratePerSecond();
	}

	FaultPlan view() {
		FaultPlan p = this.plan;
		return new FaultPlan(p.id(), p.kind(), p.operation(), p.method(), p.path(), p.after(), p.times(),
				(this.remaining != null) ? this.remaining.get() : null, p.status(), p.errorCode(), p.message(),
				p.delayMillis(), p.jitterMillis(), p.ratePerSecond(), p.phase(), p.node(), p.reason(), p.probability(),
				p.seed(), this.shape.name().toLowerCase(Locale.ROOT));
	}

	JobPhase phase() {
		return "initializing".equalsIgnoreCase(this.plan.phase()) ? JobPhase.INITIALIZING : JobPhase.RUNNING;
	}

	private synchronized boolean draw(double probability) {
		return this.random.nextDouble() < probability;
	}

	private synchronized long nextLong(long bound) {
		return (long) (this.random.nextDouble() * bound);
	}

	private static Refusal.Shape shape(FaultPlan plan) {
		if (plan.body() != null) {
			try {
				return Refusal.Shape.valueOf(plan.body().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("body must be cce, gateway or iam, got '" + plan.body() + "'");
			}
		}
		return (plan.errorCode() != null) ? Refusal.Shape.of(plan.errorCode()) : Refusal.Shape.CCE;
	}

	private static Kind parseKind(String kind) {
		try {
			return Kind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("kind must be error, latency, throttle or job, got '" + kind + "'");
		}
	}

	private static FaultPlan validate(FaultPlan p, Kind kind) {
		require(p.times() == null || p.times() >= 0, "times must be 0 or more");
		require(p.after() == null || p.after() >= 0, "after must be 0 or more");
		require(p.probability() == null || (p.probability() >= 0 && p.probability() <= 1),
				"probability must be between 0 and 1");
		switch (kind) {
			case ERROR -> {
				require(p.status() != null && p.status() >= 400 && p.status() <= 599, "status must be 400 to 599");
				require(p.errorCode() != null && !p.errorCode().isBlank(), "errorCode is required");
			}
			case LATENCY -> require(p.delayMillis() != null && p.delayMillis() >= 0 && p.delayMillis() <= 60_000
					&& (p.jitterMillis() == null || (p.jitterMillis() >= 0 && p.jitterMillis() <= 60_000)),
					"delayMillis (and jitterMillis) must be 0 to 60000");
			case THROTTLE -> require(p.ratePerSecond() != null && p.ratePerSecond() >= 0, "ratePerSecond is required");
			case JOB -> require(p.phase() == null || p.phase().equalsIgnoreCase("Initializing")
					|| p.phase().equalsIgnoreCase("Running"), "phase must be Initializing or Running");
		}
		return p;
	}

	private static void require(boolean ok, String problem) {
		if (!ok) {
			throw new IllegalArgumentException(problem);
		}
	}

}
