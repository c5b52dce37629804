package io.cceemulator.job;

import java.util.List;
import java.util.Map;

import io.cceemulator.state.Job;
import io.cceemulator.system.GoTime;

/** The CCE v3 {@code Job} body. */
record JobView(String kind, String apiVersion, Metadata metadata, Spec spec, Status status) {

	record Metadata(String uid, String creationTimestamp, String updateTimestamp) {
	}

	record Spec(String type, String clusterUID, String resourceID, String resourceName,
			Map<String, String> extendParam, List<JobView> subJobs) {
	}

	record Status(String phase, String reason) {
	}

	static JobView of(Job job) {
		return new JobView("Job", "v3",
				new Metadata(job.id(), GoTime.format(job.created()), GoTime.format(job.updated())),
				new Spec(job.type(), job.clusterId(), job.resourceId(), job.resourceName(), job.extendParam(),
						job.subJobs().stream().map(JobView::of).toList()),
				new Status(job.phase().wire(), job.reason()));
	}

}
