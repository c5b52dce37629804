package io.cceemulator.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same fight over nodes while the admin side alternately resets and loads other data. A reset or load replaces
 * the whole state and forgets every job: afterwards the state is the data of the last one, moved by exactly the jobs
 * accepted after it, which all succeed. A job accepted before it began is gone; one sent after it ended remains.
 */
@Tag("slow")
class MigrationDuringResetsTests extends ApiTest {

	/** One admin call: a reset or a data load, and when it was sent and answered. */
	private record AdminCall(boolean reset, long sent, long answered) {
	}

	@Test
	void resetsAndDataLoadsMeanwhileLeaveTheLastDataMovedByTheJobsAcceptedAfterIt() throws Exception {
		Http admin = Http.admin(this.port);
		admin.put("/__admin/clock", "{\"mode\":\"real\",\"speed\":20}");
		Map<String, String> afterReset = Placement.single(Placement.seen(Http.api(this.port)));
		String dataset = withNodesMoved(admin.get("/__admin/data").body(), Defaults.NODE_A3, Defaults.NODE_A4);
		Map<String, String> afterLoad = new TreeMap<>(afterReset);
		afterLoad.put(Defaults.NODE_A3, Defaults.STD_B);
		afterLoad.put(Defaults.NODE_A4, Defaults.STD_B);
		MigrationLoad load = new MigrationLoad(this.port, List.of(Defaults.STD_A, Defaults.STD_B), true);
		List<AdminCall> calls = Collections.synchronizedList(new ArrayList<>());
		long until = System.nanoTime() + ConcurrentMigrationTests.RUN.toNanos();
		Runnable adminSide = () -> {
			Random random = new Random(11);
			for (boolean reset = true; System.nanoTime() < until - 2_000_000_000L; reset = !reset) {
				sleep(300 + random.nextInt(500));
				long sent = System.nanoTime();
				int status = reset ? admin.post("/__admin/reset", "").status() : admin.put("/__admin/data", dataset).status();
				if (reset) {
					admin.put("/__admin/clock", "{\"mode\":\"real\",\"speed\":20}");
				}
				calls.add(new AdminCall(reset, sent, System.nanoTime()));
				if (status != 200) {
					load.failures.add("admin " + (reset ? "reset" : "load") + ": " + status);
				}
			}
		};

		ConcurrentMigrationTests.runClients(load, until, List.of(adminSide));

		List<JsonNode> jobs = Placement.finishedJobs(admin);
		assertThat(load.failures).isEmpty();
		assertThat(calls).hasSizeGreaterThan(4);
		AdminCall last = calls.get(calls.size() - 1);
		Set<String> kept = jobs.stream().map((j) -> j.path("id").asString()).collect(Collectors.toSet());
		assertThat(load.accepted.keySet()).as("no job a client was not told about").containsAll(kept);
		assertThat(jobs).allSatisfy((j) -> assertThat(j.path("phase").asString()).isEqualTo("Success"));
		load.accepted.values().forEach((a) -> {
			if (a.sentNanos() > last.answered()) {
				assertThat(kept).as("job accepted after the last reset").contains(a.jobId());
			}
			if (a.answeredNanos() < last.sent()) {
				assertThat(kept).as("job accepted before the last reset").doesNotContain(a.jobId());
			}
		});
		Map<String, String> start = last.reset() ? afterReset : afterLoad;
		Map<String, String> end = Placement.single(Placement.seen(Http.api(this.port)));
		assertThat(end.keySet()).as("the same nodes, each once").isEqualTo(start.keySet());
		assertThat(end).isEqualTo(Placement.expected(start, jobs));
		assertThat(kept).as("jobs accepted after the last reset").isNotEmpty();
	}

	/** The exported data with the given nodes of std-a moved to std-b. */
	private static String withNodesMoved(String export, String... nodes) {
		JsonNode data = JsonMapper.shared().readTree(export);
		ArrayNode from = null;
		ArrayNode to = null;
		for (JsonNode cluster : data.path("projects").get(0).path("clusters")) {
			if (cluster.path("id").asString().equals(Defaults.STD_A)) {
				from = (ArrayNode) cluster.path("nodes");
			}
			if (cluster.path("id").asString().equals(Defaults.STD_B)) {
				to = (ArrayNode) cluster.path("nodes");
			}
		}
		for (String node : nodes) {
			for (int i = 0; i < from.size(); i++) {
				if (from.get(i).path("id").asString().equals(node)) {
					to.add((ObjectNode) from.remove(i));
					break;
				}
			}
		}
		return JsonMapper.shared().writeValueAsString(data);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
