package io.cceemulator.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * A project's jobs with their indexes, as one immutable value: every job and sub-job by its id, the transitions due
 * in the order of their instants, the finished jobs oldest first (for retention), and which resources unfinished jobs
 * work on (for the locks every node operation checks).
 */
final class JobBook {

	/** A transition due, or a job finished, at {@code at}: ties go by the jobs' order. */
	record Due(Instant at, long order, String jobId) implements Comparable<Due> {

		private static final Comparator<Due> ORDER = Comparator.comparing(Due::at)
			.thenComparingLong(Due::order)
			.thenComparing(Due::jobId);

		@Override
		public int compareTo(Due other) {
			return ORDER.compare(this, other);
		}

	}

	static final JobBook EMPTY = new JobBook(TreePMap.empty(), TreePMap.empty(), TreePSet.empty(), TreePSet.empty(),
			TreePMap.empty(), 0);

	private final TreePMap<String, JobState> jobs;

	/** Every job and sub-job id to the id of its top-level job. */
	private final TreePMap<String, String> index;

	private final TreePSet<Due> due;

	private final TreePSet<Due> finished;

	/** Resource ids (nodes, clusters) to the unfinished top-level jobs whose tree works on them. */
	private final TreePMap<String, TreePSet<String>> busy;

	private final long nextOrder;

	private JobBook(TreePMap<String, JobState> jobs, TreePMap<String, String> index, TreePSet<Due> due,
			TreePSet<Due> finished, TreePMap<String, TreePSet<String>> busy, long nextOrder) {
		this.jobs = jobs;
		this.index = index;
		this.due = due;
		this.finished = finished;
		this.busy = busy;
		this.nextOrder = nextOrder;
	}

	Optional<Job> job(String jobId) {
		String root = this.index.get(jobId);
		return (root != null) ? this.jobs.get(root).job().find(jobId) : Optional.empty();
	}

	/** The job whose sub-job this is, if it is one. */
	Optional<Job> owner(String jobId) {
		String root = this.index.get(jobId);
		return (root != null) ? this.jobs.get(root).job().ownerOf(jobId) : Optional.empty();
	}

	Optional<JobState> state(String jobId) {
		return Optional.ofNullable(this.jobs.get(jobId));
	}

	Collection<JobState> all() {
		return this.jobs.values();
	}

	boolean has(String jobId) {
		return this.index.containsKey(jobId);
	}

	Optional<Due> firstDue() {
		return this.due.isEmpty() ? Optional.empty() : Optional.of(this.due.first());
	}

	int finishedCount() {
		return this.finished.size();
	}

	Optional<String> oldestFinished() {
		return this.finished.isEmpty() ? Optional.empty() : Optional.of(this.finished.first().jobId());
	}

	long nextOrder() {
		return this.nextOrder;
	}

	Optional<String> lockingJob(String resourceId) {
		TreePSet<String> jobIds = this.busy.get(resourceId);
		return (jobIds == null || jobIds.isEmpty()) ? Optional.empty() : Optional.of(jobIds.first());
	}

	JobBook put(JobState job) {
		JobBook without = remove(job.job().id());
		String id = job.job().id();
		TreePMap<String, String> index = without.index;
		for (Job j : (Iterable<Job>) job.job().tree()::iterator) {
			index = index.plus(j.id(), id);
		}
		TreePSet<Due> due = job.nextTransition()
			.map((at) -> without.due.plus(new Due(at, job.order(), id)))
			.orElse(without.due);
		boolean done = job.job().phase().isFinished();
		TreePSet<Due> finished = done ? without.finished.plus(finishedKey(job)) : without.finished;
		TreePMap<String, TreePSet<String>> busy = done ? without.busy : mark(without.busy, job.job(), id, true);
		return new JobBook(without.jobs.plus(id, job), index, due, finished, busy,
				Math.max(this.nextOrder, job.order() + 1));
	}

	JobBook remove(String jobId) {
		JobState old = this.jobs.get(jobId);
		if (old == null) {
			return this;
		}
		TreePMap<String, String> index = this.index;
		for (Job j : (Iterable<Job>) old.job().tree()::iterator) {
			index = index.minus(j.id());
		}
		TreePSet<Due> due = old.nextTransition()
			.map((at) -> this.due.minus(new Due(at, old.order(), jobId)))
			.orElse(this.due);
		return new JobBook(this.jobs.minus(jobId), index, due, this.finished.minus(finishedKey(old)),
				mark(this.busy, old.job(), jobId, false), this.nextOrder);
	}

	private static TreePMap<String, TreePSet<String>> mark(TreePMap<String, TreePSet<String>> busy, Job job,
			String jobId, boolean working) {
		for (String resource : (Iterable<String>) job.tree().map(Job::resourceId).filter(Objects::nonNull)::iterator) {
			TreePSet<String> ids = busy.getOrDefault(resource, TreePSet.empty());
			ids = working ? ids.plus(jobId) : ids.minus(jobId);
			busy = ids.isEmpty() ? busy.minus(resource) : busy.plus(resource, ids);
		}
		return busy;
	}

	private static Due finishedKey(JobState job) {
		return new Due(job.job().updated(), job.order(), job.job().id());
	}

}
