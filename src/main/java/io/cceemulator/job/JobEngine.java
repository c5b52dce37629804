package io.cceemulator.job;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.system.ChangeRecorder;
import io.cceemulator.system.Ids;
import io.cceemulator.system.VirtualClock;

/**
 * Starts jobs and moves them through Initializing, Running and Success (or a planned Failed) at the instants their
 * durations give. A transition happens when someone {@link #settle() settles} at or after its instant (every API
 * request does, and a ticker does in the background), so what a client sees depends only on the clock.
 */
@Component
public class JobEngine implements SmartInitializingSingleton {

	/** What a feature asks for; the engine adds ids, phases and timestamps. */
	public record JobRequest(String projectId, String type, String clusterId, String resourceId, String resourceName,
			Map<String, String> extendParam, List<SubJob> subJobs) {
	}

	public record SubJob(String type, String clusterId, String resourceId, String resourceName) {
	}

	private record Transition(Instant due, long seq, String jobId) implements Comparable<Transition> {

		@Override
		public int compareTo(Transition other) {
			int byDue = this.due.compareTo(other.due);
			return (byDue != 0) ? byDue : Long.compare(this.seq, other.seq);
		}

	}

	private final VirtualClock clock;

	private final EmulatorProperties.Jobs durations;

	private final ObjectProvider<JobListener> listeners;

	private final ObjectProvider<JobFailure.Source> failures;

	private final ChangeRecorder changes;

	/**
	 * The listeners and failure sources, resolved once the application has started: asking the bean factory on every
	 * job was 4 % of a migration's CPU (BENCHMARKS.md). Until then (jobs replayed while the context starts) each call
	 * asks it, as the beans may still be in creation.
	 */
	private volatile List<JobListener> resolvedListeners;

	private volatile List<JobFailure.Source> resolvedFailures;

	private final AtomicReference<Map<String, JobState>> jobs = new AtomicReference<>(new ConcurrentHashMap<>());

	private final ConcurrentSkipListSet<Transition> pending = new ConcurrentSkipListSet<>();

	private final AtomicLong sequence = new AtomicLong();

	/** Finished jobs, oldest first, for the retention limit. */
	private final ConcurrentLinkedQueue<String> finishedOrder = new ConcurrentLinkedQueue<>();

	private final AtomicInteger finishedCount = new AtomicInteger();

	JobEngine(VirtualClock clock, EmulatorProperties properties, ObjectProvider<JobListener> listeners,
			ObjectProvider<JobFailure.Source> failures, ChangeRecorder changes) {
		this.clock = clock;
		this.durations = properties.jobs();
		this.listeners = listeners;
		this.failures = failures;
		this.changes = changes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.resolvedListeners = this.listeners.orderedStream().toList();
		this.resolvedFailures = this.failures.orderedStream().toList();
	}

	private List<JobListener> listeners() {
		List<JobListener> resolved = this.resolvedListeners;
		return (resolved != null) ? resolved : this.listeners.orderedStream().toList();
	}

	private List<JobFailure.Source> failureSources() {
		List<JobFailure.Source> resolved = this.resolvedFailures;
		return (resolved != null) ? resolved : this.failures.orderedStream().toList();
	}

	public Job start(JobRequest request) {
		Instant now = this.clock.instant();
		List<Job> subs = request.subJobs()
			.stream()
			.map((s) -> new Job(newId(), request.projectId(), s.type(), s.clusterId(), s.resourceId(),
					s.resourceName(), Map.of(), List.of(), JobPhase.INITIALIZING, "", now, now))
			.toList();
		Job job = new Job(newId(), request.projectId(), request.type(), request.clusterId(), request.resourceId(),
				request.resourceName(), Map.copyOf(request.extendParam()), subs, JobPhase.INITIALIZING, "", now, now);
		JobFailure failure = failureSources().stream()
			.map((source) -> source.failureFor(request))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		boolean instant = this.durations.instant() || this.clock.isInstant();
		Instant running = instant ? now : now.plus(this.durations.initializing());
		Instant end = instant ? running : running.plus(this.durations.running());
		JobState state = new JobState(job, running, end, failure);
		this.jobs.get().put(job.id(), state);
		this.changes.record("job", job.id(), state);
		schedule(state);
		return job;
	}

	public Optional<Job> find(String projectId, String jobId) {
		JobState state = this.jobs.get().get(jobId);
		return (state != null && state.job().projectId().equals(projectId)) ? Optional.of(state.job())
				: Optional.empty();
	}

	/** A job of any project, for the admin API. */
	public Optional<Job> find(String jobId) {
		return Optional.ofNullable(this.jobs.get().get(jobId)).map(JobState::job);
	}

	public Collection<Job> all() {
		return this.jobs.get().values().stream().map(JobState::job).toList();
	}

	/** Every job with its schedule, for a snapshot. */
	public List<JobState> states() {
		return List.copyOf(this.jobs.get().values());
	}

	/** Applies every transition due by now, in order of due time. */
	public void settle() {
		Instant now = this.clock.instant();
		for (Transition next = earliest(); next != null && !next.due().isAfter(now); next = earliest()) {
			if (this.pending.remove(next)) {
				advance(next.jobId(), next.due());
			}
		}
	}

	/**
	 * The first pending transition, or null: another thread may take the last one between any two calls. Every call
	 * settles, and the set is usually empty: it is asked first, since an exception per call costs more than the call.
	 */
	private Transition earliest() {
		if (this.pending.isEmpty()) {
			return null;
		}
		try {
			return this.pending.first();
		}
		catch (NoSuchElementException ex) {
			return null;
		}
	}

	/**
	 * Applies the transitions of one job that are due by now, in this thread: after an instant job starts, its caller
	 * sees it finished, whatever other threads settle meanwhile.
	 */
	public void settle(String jobId) {
		Instant now = this.clock.instant();
		for (Transition next : this.pending) {
			if (next.due().isAfter(now)) {
				return;
			}
			if (next.jobId().equals(jobId) && this.pending.remove(next)) {
				advance(jobId, next.due());
			}
		}
	}

	/** Ends a job that has not finished with Failed and the given reason; false if it had already finished. */
	public boolean fail(String jobId, String reason) {
		return move(jobId, JobPhase.FAILED, null, reason, this.clock.instant());
	}

	/** Ends a job that has not finished with Success at once; false if it had already finished. */
	public boolean succeed(String jobId) {
		return move(jobId, JobPhase.SUCCESS, null, "", this.clock.instant());
	}

	/** When the next transition of any job is due, for a clock that advances from transition to transition. */
	public Optional<Instant> nextTransition() {
		return Optional.ofNullable(earliest()).map(Transition::due);
	}

	/** Forgets every job (a data load or reset); listeners are not told. */
	public void clear() {
		this.pending.clear();
		this.finishedOrder.clear();
		this.finishedCount.set(0);
		this.jobs.set(new ConcurrentHashMap<>());
	}

	/** Puts back jobs kept by persistence; those not finished resume by the clock. */
	public void restore(Collection<JobState> states) {
		for (JobState state : states) {
			this.jobs.get().put(state.job().id(), state);
			schedule(state);
			if (state.job().phase().isFinished()) {
				this.finishedOrder.add(state.job().id());
				this.finishedCount.incrementAndGet();
			}
		}
	}

	/** The transition due now for the job: the phase after its current one, by its schedule. */
	private void advance(String jobId, Instant due) {
		JobState state = this.jobs.get().get(jobId);
		if (state == null || state.job().phase().isFinished()) {
			return;
		}
		JobFailure failure = state.failure();
		boolean starting = state.job().phase() == JobPhase.INITIALIZING && due.isBefore(state.endsAt());
		if (starting && (failure == null || failure.during() != JobPhase.INITIALIZING)) {
			move(jobId, JobPhase.RUNNING, null, "", due);
		}
		else if (failure != null) {
			if (failure.during() == JobPhase.RUNNING && state.job().phase() == JobPhase.INITIALIZING) {
				// another settling thread holds the Running transition: apply it first, so the job fails from Running
				move(jobId, JobPhase.RUNNING, null, "", state.runningAt());
			}
			move(jobId, JobPhase.FAILED, failure, failure.reason(), due);
		}
		else {
			move(jobId, JobPhase.SUCCESS, null, "", due);
		}
	}

	private boolean move(String jobId, JobPhase to, JobFailure failure, String reason, Instant at) {
		JobState[] finished = new JobState[1];
		JobPhase[] from = new JobPhase[1];
		this.changes.atomically(() -> {
			this.jobs.get().computeIfPresent(jobId, (id, state) -> {
				Job job = state.job();
				if (job.phase().isFinished() || job.phase().compareTo(to) >= 0) {
					return state;
				}
				Job moved = (failure != null && !failure.resources().isEmpty()) ? job.failedFor(failure, at)
						: job.moved(to, reason, at);
				JobState next = new JobState(moved, state.runningAt(), state.endsAt(), state.failure());
				this.changes.record("job", id, next);
				if (to.isFinished()) {
					finished[0] = next;
					from[0] = job.phase();
				}
				return next;
			});
			if (finished[0] != null) {
				listeners().forEach((l) -> l.jobFinished(finished[0].job(), from[0]));
				retire(jobId);
			}
		});
		return finished[0] != null;
	}

	/** Keeps at most {@code retainFinished} finished jobs: the oldest finished beyond that are forgotten. */
	private void retire(String jobId) {
		this.finishedOrder.add(jobId);
		if (this.finishedCount.incrementAndGet() > this.durations.retainFinished()) {
			String oldest = this.finishedOrder.poll();
			if (oldest != null) {
				this.finishedCount.decrementAndGet();
				if (this.jobs.get().remove(oldest) != null) {
					this.changes.record("job", oldest, null);
				}
			}
		}
	}

	private void schedule(JobState state) {
		JobPhase phase = state.job().phase();
		if (phase == JobPhase.INITIALIZING) {
			this.pending.add(new Transition(state.runningAt(), this.sequence.incrementAndGet(), state.job().id()));
		}
		boolean failsEarly = state.failure() != null && state.failure().during() == JobPhase.INITIALIZING;
		if (!phase.isFinished() && !failsEarly) {
			this.pending.add(new Transition(state.endsAt(), this.sequence.incrementAndGet(), state.job().id()));
		}
	}

	private static String newId() {
		return Ids.uuid();
	}

}
