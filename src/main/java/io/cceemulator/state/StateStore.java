package io.cceemulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

import io.cceemulator.system.VirtualClock;

/**
 * The emulated cloud's state, and the only way to change it. It holds one immutable {@link World}; readers take it
 * (or one project of it) without locking, and always see it whole. An {@link Operation} runs under its project's
 * lock against the project's state with the jobs due by now advanced; its changes are made durable first, then
 * visible at once, then told to the {@link StateListener}s. A refused or failed operation changes nothing. Loads and
 * resets replace the whole world while no project is being written.
 * <p>
 * Jobs advance with the clock when their project is next read or written: a read that finds a transition due applies
 * it (with its effect) as a write, so what anyone sees depends only on the clock.
 */
public final class StateStore {

	private final AtomicReference<World> world = new AtomicReference<>(World.EMPTY);

	private volatile World baseline = World.EMPTY;

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	/** Project writes hold it shared, whole-world replacements exclusively. */
	private final ReentrantReadWriteLock everything = new ReentrantReadWriteLock();

	private final VirtualClock clock;

	private final JobScheduler jobs;

	private final List<StateListener> listeners;

	private volatile Durability durability = Durability.NONE;

	public StateStore(VirtualClock clock, JobSettings settings, List<JobEffect> effects,
			List<JobFailure.Source> failures, List<StateListener> listeners) {
		this.clock = clock;
		this.jobs = new JobScheduler(settings.initializing(), settings.running(), settings.retainFinished(),
				clock::isInstant, byType(effects), failures);
		this.listeners = List.copyOf(listeners);
	}

	/** How long job phases last, and how many finished jobs each project keeps. */
	public record JobSettings(java.time.Duration initializing, java.time.Duration running, int retainFinished) {
	}

	// ---------------------------------------------------------------- reads

	/** The project's state now, with the jobs due by now advanced. */
	public ProjectState read(String projectId) {
		ProjectState state = this.world.get().project(projectId);
		return isDue(state) ? settled(projectId) : state;
	}

	/** The whole world now, every project's due jobs advanced. */
	public World world() {
		World current = this.world.get();
		if (current.projects().values().stream().noneMatch(this::isDue)) {
			return current;
		}
		current.projects().keySet().forEach(this::read);
		return this.world.get();
	}

	/** The credentials of the current world; reading them moves no job. */
	public Credentials credentials() {
		return this.world.get().credentials();
	}

	public World baseline() {
		return this.baseline;
	}

	/** When the next job transition of any project is due. */
	public Optional<Instant> nextTransition() {
		return world().projects().values().stream().flatMap((p) -> p.nextDue().stream()).min(Instant::compareTo);
	}

	// ---------------------------------------------------------------- writes

	/** Runs the operation on the project's state and commits what it changed; see the class comment. */
	public <R> R write(String projectId, Operation<R> operation) {
		R result;
		this.everything.readLock().lock();
		try {
			ReentrantLock lock = this.locks.computeIfAbsent(projectId, (p) -> new ReentrantLock());
			lock.lock();
			try {
				result = run(projectId, operation);
			}
			finally {
				lock.unlock();
			}
		}
		finally {
			this.everything.readLock().unlock();
		}
		compactIfDue();
		return result;
	}

	private void compactIfDue() {
		if (this.durability.needsCompaction()) {
			exclusively(() -> {
				if (this.durability.needsCompaction()) {
					this.durability.compact(this.world.get(), this.baseline);
				}
			});
		}
	}

	private <R> R run(String projectId, Operation<R> operation) {
		Instant now = this.clock.instant();
		World current = this.world.get();
		Tx tx = new Tx(current, current.project(projectId), now, this.jobs);
		this.jobs.settle(tx, now);
		int callStart = tx.changes().size();
		R result = operation.apply(tx);
		int callEnd = tx.changes().size();
		this.jobs.settle(tx, now);
		if (tx.changes().isEmpty()) {
			return result;
		}
		List<Change> changes = List.copyOf(tx.changes());
		Commit commit = new Commit(projectId, tx.before(), tx.state(), changes, changes.subList(callStart, callEnd));
		this.durability.commit(commit);
		this.world.updateAndGet((w) -> w.with(tx.state()));
		this.listeners.forEach((l) -> l.committed(commit));
		return result;
	}

	/**
	 * Runs the operation while no other project is written either, for the rare writes that must see all of the
	 * world unchanged (the admin API's edits, whose ids must be unique across projects).
	 */
	public <R> R writeAlone(String projectId, Operation<R> operation) {
		this.everything.writeLock().lock();
		try {
			return run(projectId, operation);
		}
		finally {
			this.everything.writeLock().unlock();
		}
	}

	/** Replaces the whole world, e.g. with a data load; as the baseline, it is also what a reset returns to. */
	public void replace(World next, boolean asBaseline) {
		exclusively(() -> {
			World base = asBaseline ? next : this.baseline;
			this.durability.replace(next, base);
			this.world.set(next);
			this.baseline = base;
		});
		this.listeners.forEach((l) -> l.replaced(next));
	}

	/** Back to the baseline: a swap, whatever the size of the state. */
	public void reset() {
		World base = this.baseline;
		exclusively(() -> {
			this.durability.reset();
			this.world.set(base);
		});
		this.listeners.forEach((l) -> l.replaced(base));
	}

	/** Puts back a state read from persistence, which from then on makes every change durable. */
	public void restore(World current, World baseline, Durability durability) {
		exclusively(() -> {
			this.world.set(current);
			this.baseline = baseline;
			this.durability = durability;
		});
		this.listeners.forEach((l) -> l.replaced(current));
	}

	/** Why changes cannot be made durable now, if they cannot (for health). */
	public Optional<String> durabilityProblem() {
		return Optional.ofNullable(this.durability.problem());
	}

	private void exclusively(Runnable work) {
		this.everything.writeLock().lock();
		try {
			work.run();
		}
		finally {
			this.everything.writeLock().unlock();
		}
	}

	private ProjectState settled(String projectId) {
		write(projectId, (tx) -> null);
		return this.world.get().project(projectId);
	}

	private boolean isDue(ProjectState state) {
		Optional<Instant> due = state.nextDue();
		return due.isPresent() && !due.get().isAfter(this.clock.instant());
	}

	private static Map<String, JobEffect> byType(List<JobEffect> effects) {
		return effects.stream()
			.flatMap((e) -> e.jobTypes().stream().map((type) -> Map.entry(type, e)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
