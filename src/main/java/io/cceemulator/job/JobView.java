package io.cceemulator.job;

import java.util.List;
import java.util.Map;

import io.cceemulator.state.Job;
import io.cceemulator.system.GoTime;

/**
 * The CCE v3 {@code Job} body, with the fields the SDK reads and the two golangsdk reads besides
 * ({@code spec.ownerJob}, {@code status.message}).
 */
record JobView(String kind, String apiVersion, Metadata metadata, Spec spec, Status status) {

	record Metadata(String uid, String creationTimestamp, String updateTimestamp) {
	}

	/** @param ownerJob the id of the job this one is a sub-job of; empty for a top-level job */
	record Spec(String type, String clusterUID, String resourceID, String resourceName,
			Map<String, String> extendParam, List<JobView> subJobs, String ownerJob) {
	}

	/** @param message the reason in words; CCE's own texts are not documented, so it repeats the reason */
	record Status(String phase, String reason, String message) {
	}

	/** @param owner the job whose sub-job this is, or null */
	static JobView of(Job job, Job owner) {
		return new JobView("Job", "v3",
				new Metadata(job.id(), GoTime.format(job.created()), GoTime.format(job.updated())),
				new Spec(job.type(), job.clusterId(), job.resourceId(), job.resourceName(), job.extendParam(),
						job.subJobs().stream().map((sub) -> of(sub, job)).toList(),
						(owner != null) ? owner.id() : ""),
				new Status(job.phase().wire(), job.reason(), job.reason()));
	}

}
