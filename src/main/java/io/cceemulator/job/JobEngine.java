package io.cceemulator.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;

/**
 * Starts jobs and moves them through Initializing, Running and Success at the instants their durations give. A
 * transition happens when someone {@link #settle() settles} at or after its instant (every API request does, and a
 * ticker does in the background), so what a client sees depends only on the clock, never on thread timing.
 */
@Component
public class JobEngine {

	/** What a feature asks for; the engine adds ids, phases and timestamps. */
	public record JobRequest(String projectId, String type, String clusterId, String resourceId, String resourceName,
			Map<String, String> extendParam, List<SubJob> subJobs) {
	}

	public record SubJob(String type, String clusterId, String resourceId, String resourceName) {
	}

	private record Transition(Instant due, long seq, String jobId, JobPhase to) implements Comparable<Transition> {

		@Override
		public int compareTo(Transition other) {
			int byDue = this.due.compareTo(other.due);
			return (byDue != 0) ? byDue : Long.compare(this.seq, other.seq);
		}

	}

	private final Clock clock;

	private final EmulatorProperties.Jobs durations;

	private final ObjectProvider<JobListener> listeners;

	private final AtomicReference<Map<String, Job>> jobs = new AtomicReference<>(new ConcurrentHashMap<>());

	private final ConcurrentSkipListSet<Transition> pending = new ConcurrentSkipListSet<>();

	private final AtomicLong sequence = new AtomicLong();

	JobEngine(Clock clock, EmulatorProperties properties, ObjectProvider<JobListener> listeners) {
		this.clock = clock;
		this.durations = properties.jobs();
		this.listeners = listeners;
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
		this.jobs.get().put(job.id(), job);
		Instant running = now.plus(this.durations.initializingOrZero());
		schedule(running, job.id(), JobPhase.RUNNING);
		schedule(running.plus(this.durations.runningOrZero()), job.id(), JobPhase.SUCCESS);
		return job;
	}

	public Optional<Job> find(String projectId, String jobId) {
		Job job = this.jobs.get().get(jobId);
		return (job != null && job.projectId().equals(projectId)) ? Optional.of(job) : Optional.empty();
	}

	public Collection<Job> all() {
		return List.copyOf(this.jobs.get().values());
	}

	/** Applies every transition due by now, in order of due time. */
	public void settle() {
		Instant now = this.clock.instant();
		while (!this.pending.isEmpty()) {
			Transition next = this.pending.first();
			if (next.due().isAfter(now)) {
				return;
			}
			if (this.pending.remove(next)) {
				move(next.jobId(), next.to(), "", next.due());
			}
		}
	}

	/** Ends a job that has not finished with Failed and the given reason; false if it had already finished. */
	public boolean fail(String jobId, String reason) {
		return move(jobId, JobPhase.FAILED, reason, this.clock.instant());
	}

	/** Forgets every job (a data load or reset); listeners are not told. */
	public void clear() {
		this.pending.clear();
		this.jobs.set(new ConcurrentHashMap<>());
	}

	private boolean move(String jobId, JobPhase to, String reason, Instant at) {
		Job[] finished = new Job[1];
		JobPhase[] from = new JobPhase[1];
		this.jobs.get().computeIfPresent(jobId, (id, job) -> {
			if (job.phase().isFinished() || job.phase().compareTo(to) >= 0) {
				return job;
			}
			Job moved = job.moved(to, reason, at);
			if (to.isFinished()) {
				finished[0] = moved;
				from[0] = job.phase();
			}
			return moved;
		});
		if (finished[0] != null) {
			this.listeners.orderedStream().forEach((l) -> l.jobFinished(finished[0], from[0]));
		}
		return finished[0] != null;
	}

	private void schedule(Instant due, String jobId, JobPhase to) {
		this.pending.add(new Transition(due, this.sequence.incrementAndGet(), jobId, to));
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
