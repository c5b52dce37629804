package io.cceemulator.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-two clients migrate overlapping nodes back and forth between three clusters for ten seconds while jobs
 * finish on a clock running twenty times real speed. Afterwards every node is in exactly one cluster, none is lost or
 * added, every accepted job succeeded, and the nodes are exactly where the accepted jobs took them: no refused call
 * changed anything, and no job exists that a client was not told about.
 */
@Tag("slow")
class ConcurrentMigrationTests extends ApiTest {

	static final int CLIENTS = 32;

	static final Duration RUN = Duration.ofSeconds(10);

	@Test
	void thirtyTwoClientsMigratingOverlappingNodesLoseAndDuplicateNothing() throws Exception {
		Http admin = Http.admin(this.port);
		admin.put("/__admin/clock", "{\"mode\":\"real\",\"speed\":20}");
		String extra = addCluster(admin, 20);
		Map<String, String> start = Placement.single(Placement.seen(Http.api(this.port)));
		MigrationLoad load = new MigrationLoad(this.port, List.of(Defaults.STD_A, Defaults.STD_B, extra), false);

		runClients(load, System.nanoTime() + RUN.toNanos(), List.of());

		List<JsonNode> jobs = Placement.finishedJobs(admin);
		assertThat(load.failures).isEmpty();
		assertThat(jobs.stream().map((j) -> j.path("id").asString()).collect(Collectors.toSet()))
			.as("the jobs that exist are exactly those accepted").isEqualTo(load.accepted.keySet());
		assertThat(jobs).allSatisfy((j) -> assertThat(j.path("phase").asString()).isEqualTo("Success"));
		Map<String, String> end = Placement.single(Placement.seen(Http.api(this.port)));
		assertThat(end.keySet()).as("the same nodes, each once").isEqualTo(start.keySet());
		assertThat(end).isEqualTo(Placement.expected(start, jobs));
		assertThat(load.accepted).hasSizeGreaterThan(20);
		assertThat(load.refusals.keySet()).anyMatch((k) -> k.startsWith("429")).anyMatch((k) -> k.startsWith("404"));
	}

	/** A third cluster beside std-a and std-b, in their VPC, with {@code nodes} nodes that have a data disk. */
	static String addCluster(Http admin, int nodes) {
		String project = "/__admin/projects/" + Defaults.PROJECT + "/clusters";
		assertThat(admin.post(project, "{\"id\":\"c-third\",\"name\":\"third\",\"vpc\":\"vpc-0001\"}").status())
			.isEqualTo(201);
		assertThat(admin.post(project + "/c-third/nodes", "{\"nodeSets\":[{\"count\":" + nodes
				+ ",\"namePrefix\":\"third\",\"template\":{\"dataVolumes\":[{\"volumetype\":\"SAS\",\"size\":100}]}}]}")
			.status()).isEqualTo(201);
		return "c-third";
	}

	/** Runs the clients (and any other tasks) until {@code until}, then reports what they did. */
	static void runClients(MigrationLoad load, long until, List<Runnable> others) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + others.size());
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			long seed = 7919L * i;
			running.add(pool.submit(() -> load.run(seed, until)));
		}
		others.forEach((task) -> running.add(pool.submit(task)));
		for (Future<?> future : running) {
			future.get();
		}
		pool.shutdown();
		System.out.printf("%d calls, %d migrations accepted, refusals: %s%n", load.calls.get(), load.accepted.size(),
				load.refusals);
	}

}
