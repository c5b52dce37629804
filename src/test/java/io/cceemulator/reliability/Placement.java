package io.cceemulator.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.support.Defaults;

/** Where the default project's nodes are, as its clients see them, and where the jobs say they should be. */
final class Placement {

	private Placement() {
	}

	/** Node id to the clusters whose node list shows it, over every cluster of the default project. */
	static Map<String, List<String>> seen(Http api) {
		Map<String, List<String>> byNode = new TreeMap<>();
		String project = "/api/v3/projects/" + Defaults.PROJECT;
		for (JsonNode cluster : read(api.get(project + "/clusters")).path("items")) {
			String clusterId = cluster.path("metadata").path("uid").asString();
			for (JsonNode node : read(api.get(project + "/clusters/" + clusterId + "/nodes")).path("items")) {
				byNode.computeIfAbsent(node.path("metadata").path("uid").asString(), (k) -> new ArrayList<>())
					.add(clusterId);
			}
		}
		return byNode;
	}

	/** Node id to its one cluster; fails if any node is shown in more than one. */
	static Map<String, String> single(Map<String, List<String>> seen) {
		Map<String, String> single = new TreeMap<>();
		seen.forEach((node, clusters) -> {
			if (clusters.size() != 1) {
				throw new AssertionError("node " + node + " is in " + clusters);
			}
			single.put(node, clusters.get(0));
		});
		return single;
	}

	/** Every job the admin API knows, once none is still running; fails after a minute. */
	static List<JsonNode> finishedJobs(Http admin) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (true) {
			List<JsonNode> jobs = new ArrayList<>();
			read(admin.get("/__admin/jobs")).forEach(jobs::add);
			boolean running = jobs.stream()
				.anyMatch((j) -> !List.of("Success", "Failed").contains(j.path("phase").asString()));
			if (!running) {
				return jobs;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("jobs still running after a minute: " + jobs.size());
			}
			Thread.sleep(100);
		}
	}

	/** Where each node should be: where it started, moved by every job to its target, in the order they started. */
	static Map<String, String> expected(Map<String, String> start, List<JsonNode> jobs) {
		Map<String, String> expected = new HashMap<>(start);
		jobs.stream()
			.sorted(Comparator.comparing((JsonNode j) -> Instant.parse(j.path("created").asString())))
			.forEach((job) -> job.path("subJobs")
				.forEach((sub) -> expected.put(sub.path("resourceId").asString(),
						job.path("extendParam").path("targetClusterID").asString())));
		return new TreeMap<>(expected);
	}

	static JsonNode read(Http.Reply reply) {
		if (reply.status() != 200) {
			throw new AssertionError(reply.status() + " " + reply.body());
		}
		return JsonMapper.shared().readTree(reply.body());
	}

}
