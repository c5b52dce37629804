package io.cceemulator.state;

import java.util.List;
import java.util.Map;

/**
 * A job a feature starts: its type and what it works on, with its sub-jobs; the store adds ids, phases, timestamps
 * and the schedule.
 *
 * @param type e.g. {@code MigrateNode}
 * @param resourceId what the job works on, e.g. the source cluster of a migration
 */
public record JobRequest(String type, String clusterId, String resourceId, String resourceName,
		Map<String, String> extendParam, List<SubJob> subJobs) {

	public JobRequest {
		extendParam = Map.copyOf(extendParam);
		subJobs = List.copyOf(subJobs);
	}

	/** A sub-job, which may have sub-jobs of its own (CCE's CreateNode has one InstallNode). */
	public record SubJob(String type, String clusterId, String resourceId, String resourceName, List<SubJob> subJobs) {

		public SubJob {
			subJobs = List.copyOf(subJobs);
		}

		public SubJob(String type, String clusterId, String resourceId, String resourceName) {
			this(type, clusterId, resourceId, resourceName, List.of());
		}

	}

	/** Every resource the job's sub-jobs (at any depth) work on. */
	public List<String> subJobResources() {
		return this.subJobs.stream().flatMap(JobRequest::resources).toList();
	}

	private static java.util.stream.Stream<String> resources(SubJob sub) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(sub.resourceId()),
				sub.subJobs().stream().flatMap(JobRequest::resources));
	}

}
