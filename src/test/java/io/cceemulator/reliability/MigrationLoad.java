package io.cceemulator.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.support.Bodies;
import io.cceemulator.support.Defaults;

/**
 * Clients that migrate overlapping nodes back and forth between three clusters of the default project, with
 * listings, job polls and refusals among them, recording every call: each accepted job with the time it was sent and
 * answered, each refusal by kind, and each answer that is neither.
 */
final class MigrationLoad {

	record Accepted(String jobId, String source, String target, List<String> nodes, long sentNanos,
			long answeredNanos) {
	}

	final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

	final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

	final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	final AtomicInteger calls = new AtomicInteger();

	private final int port;

	private final List<String> clusters;

	private final boolean resets;

	/**
	 * @param clusters the clusters (of one VPC) whose nodes the clients fight over
	 * @param resets whether the admin side resets and loads data meanwhile (a job may then vanish)
	 */
	MigrationLoad(int port, List<String> clusters, boolean resets) {
		this.port = port;
		this.clusters = clusters;
		this.resets = resets;
	}

	void run(long seed, long untilNanos) {
		Random random = new Random(seed);
		Http api = Http.api(this.port);
		while (System.nanoTime() < untilNanos && this.failures.size() < 20) {
			String source = this.clusters.get(random.nextInt(this.clusters.size()));
			List<String> targets = new ArrayList<>(this.clusters);
			targets.remove(source);
			String target = (random.nextInt(25) == 0) ? Defaults.OTHER_VPC : targets.get(random.nextInt(targets.size()));
			List<String> active = activeNodes(api, source);
			if (active == null || active.isEmpty()) {
				continue;
			}
			Collections.shuffle(active, random);
			List<String> nodes = new ArrayList<>(active.subList(0, Math.min(active.size(), 1 + random.nextInt(3))));
			if (random.nextInt(25) == 0) {
				nodes.add(Defaults.NODE_SYSTEM_DISK_ONLY);
			}
			long sent = System.nanoTime();
			Http.Reply reply = api.put(MigrateMutants.path(source, target), Bodies.migrate(nodes.toArray(String[]::new)));
			long answered = System.nanoTime();
			this.calls.incrementAndGet();
			if (reply.status() == 200) {
				String jobId = JsonMapper.shared().readTree(reply.body()).path("status").path("jobID").asString();
				this.accepted.put(jobId, new Accepted(jobId, source, target, nodes, sent, answered));
				if (random.nextBoolean()) {
					poll(api, jobId);
				}
			}
			else {
				refused(reply);
			}
		}
	}

	private List<String> activeNodes(Http api, String cluster) {
		Http.Reply list = api.get("/api/v3/projects/" + Defaults.PROJECT + "/clusters/" + cluster + "/nodes");
		this.calls.incrementAndGet();
		if (list.status() != 200) {
			this.failures.add("listing " + cluster + ": " + list.status() + " " + list.body());
			return null;
		}
		List<String> active = new ArrayList<>();
		for (JsonNode item : JsonMapper.shared().readTree(list.body()).path("items")) {
			String uid = item.path("metadata").path("uid").asString();
			if ("Active".equals(item.path("status").path("phase").asString())) {
				active.add(uid);
			}
		}
		return active;
	}

	private void poll(Http api, String jobId) {
		Http.Reply job = api.get("/api/v3/projects/" + Defaults.PROJECT + "/jobs/" + jobId);
		this.calls.incrementAndGet();
		if (job.status() != 200 && !(this.resets && job.status() == 404)) {
			this.failures.add("job " + jobId + ": " + job.status() + " " + job.body());
		}
	}

	private void refused(Http.Reply reply) {
		String problem = Refusals.problem(reply.status(), reply.body());
		if (problem != null || reply.status() >= 500) {
			this.failures.add(problem + ": " + reply.status() + " " + reply.body());
			return;
		}
		JsonNode body = JsonMapper.shared().readTree(reply.body());
		String kind = reply.status() + " " + body.path("errorCode").asString() + " "
				+ body.path("message").asString().replaceAll(" [0-9a-f-]{36}.*| \\d.*", "");
		this.refusals.computeIfAbsent(kind, (k) -> new AtomicInteger()).incrementAndGet();
	}

}
