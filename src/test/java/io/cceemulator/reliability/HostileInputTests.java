package io.cceemulator.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.cceemulator.reliability.MigrateMutants.Mutant;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand migrate requests made by mutating valid ones (wrong types, missing and extra fields, out-of-range
 * numbers, huge and empty arrays, deep nesting, odd Unicode, duplicate keys, truncated and random bytes, bad
 * escapes in the path): each is refused with a 4xx in CCE's body, and the state is the same afterwards. The seed is
 * printed; {@code -Dreliability.seed=N} replays a run.
 */
@Tag("slow")
class HostileInputTests extends ApiTest {

	private static final int MUTANTS = 10_000;

	private static final int WORKERS = 4;

	private final Map<String, AtomicInteger> kinds = new ConcurrentHashMap<>();

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	@Test
	void refusesEveryMutantOfAValidMigrationInCceFormatAndChangesNothing() throws Exception {
		long seed = Long.getLong("reliability.seed", System.nanoTime());
		Http admin = Http.admin(this.port);
		String before = admin.get("/__admin/data").body();
		for (Mutant base : MigrateMutants.bases()) {
			Http.Reply reply = Http.api(this.port).send("PUT", base.path(), base.body());
			assertThat(reply.status()).as(base.describe() + " -> " + reply.body()).isIn(400, 404);
		}
		// a deep stack, for the mutants nested thousands of levels deep
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS, (r) -> new Thread(null, r, "mutants", 256L << 20));
		List<Future<?>> runs = new ArrayList<>();
		for (int w = 0; w < WORKERS; w++) {
			MigrateMutants mutants = new MigrateMutants(seed * 31 + w);
			runs.add(pool.submit(() -> {
				for (int i = 0; i < MUTANTS / WORKERS && this.failures.size() < 20; i++) {
					check(mutants.next());
				}
			}));
		}
		for (Future<?> run : runs) {
			run.get();
		}
		pool.shutdown();
		System.out.printf("HostileInputTests seed=%d: %d kinds of refusal, most frequent: %s%n", seed, this.kinds.size(),
				this.kinds.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get()).limit(12).toList());
		assertThat(this.failures).as("seed " + seed).isEmpty();
		assertThat(this.kinds.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(MUTANTS);
		assertThat(this.kinds.keySet()).as("kinds of refusal met").anyMatch((k) -> k.startsWith("413"))
			.anyMatch((k) -> k.contains("nesting depth"))
			.anyMatch((k) -> k.contains("same VPC"))
			.anyMatch((k) -> k.contains("only Active nodes"))
			.anyMatch((k) -> k.contains("malformed JSON"))
			.anyMatch((k) -> k.contains("not valid HTTP"));
		assertThat(admin.get("/__admin/data").body()).as("state after the run").isEqualTo(before);
		assertThat(admin.get("/__admin/jobs").body()).isEqualTo("[]");
		assertThat(admin.get("/__admin/journal?projectId=" + Defaults.PROJECT).body()).doesNotContain("jobStarted");
	}

	private void check(Mutant mutant) {
		int status;
		String body;
		try {
			if (mutant.raw()) {
				RawHttp.Raw raw = RawHttp.exchange(this.port, RawHttp.request("PUT", mutant.path(),
						"X-Auth-Token: " + Defaults.TOKEN + "\r\nContent-Type: application/json\r\n", mutant.body()));
				status = raw.status();
				body = raw.body();
			}
			else {
				Http.Reply reply = Http.api(this.port).send("PUT", mutant.path(), mutant.body());
				status = reply.status();
				body = reply.body();
			}
		}
		catch (RuntimeException ex) {
			this.failures.add(mutant.describe() + " -> " + ex);
			return;
		}
		String problem = Refusals.problem(status, body);
		if (problem != null) {
			this.failures.add(problem + ": " + mutant.describe() + " -> " + status + " " + body);
		}
		this.kinds.computeIfAbsent(Refusals.kind(status, body), (k) -> new AtomicInteger()).incrementAndGet();
	}

}
