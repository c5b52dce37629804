package io.cceemulator.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.auth.SignedRequests;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Project B's credentials, by token and by AK/SK signature, against every CCE endpoint: they never read, list or move
 * project A's clusters, nodes, pools or jobs, and every answer about an id of A's is the answer about an id that does
 * not exist, so B cannot even learn that A's resources are there.
 */
class TenantIsolationTests extends ApiTest {

	private static final String POOL_A = "f1f1f1f1-aaaa-4bbb-8ccc-0000000000f1";

	private String jobOfA;

	private String stateOfA;

	@BeforeEach
	void projectAHasAMigrationUnderWay() {
		admin().body("{\"mode\":\"manual\"}").put("/__admin/clock");
		this.jobOfA = api().body(Bodies.migrate(NODE_A1))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B)
			.then().statusCode(200).extract().path("status.jobID");
		this.stateOfA = admin().get("/__admin/data").asString();
	}

	@Test
	void projectBsTokenLearnsNothingOfProjectA() {
		assertIsolated((method, path) -> Http.as(this.port, DefaultCredentials.TOKEN_B)
			.send(method, path, method.equals("PUT") ? body(path) : null));
	}

	@Test
	void projectBsAccessKeyLearnsNothingOfProjectA() {
		assertIsolated((method, path) -> {
			Response response = SignedRequests.to(this.port, this.clock.instant())
				.keys(DefaultCredentials.AK_B, DefaultCredentials.SK_B)
				.send(method, path, method.equals("PUT") ? new String(body(path)) : null);
			return new Http.Reply(response.statusCode(), response.asString(), Map.of());
		});
	}

	private static byte[] body(String path) {
		String node = path.contains(OTHER_PROJECT_CLUSTER + "/nodes/operation") ? OTHER_PROJECT_NODE : NODE_A2;
		return Bodies.migrate(node).getBytes();
	}

	/** Each probe is sent for A's real id and for an unknown one: the two answers must be the same refusal. */
	private void assertIsolated(BiFunction<String, String, Http.Reply> asB) {
		String unknown = UUID.randomUUID().toString();
		List<String[]> probes = new ArrayList<>();
		for (String project : List.of(OTHER_PROJECT, PROJECT)) {
			String p = "/api/v3/projects/" + project;
			probes.add(new String[] { "GET", p + "/clusters/%s", STD_A });
			probes.add(new String[] { "GET", p + "/clusters/%s/nodes", STD_A });
			probes.add(new String[] { "GET", p + "/clusters/%s/nodes/" + NODE_A1, STD_A });
			probes.add(new String[] { "GET", p + "/clusters/%s/nodepools", STD_A });
			probes.add(new String[] { "GET", p + "/clusters/%s/nodepools/" + POOL_A, STD_A });
			probes.add(new String[] { "GET", p + "/clusters/" + OTHER_PROJECT_CLUSTER + "/nodes/%s", NODE_A1 });
			probes.add(new String[] { "GET", p + "/clusters/" + OTHER_PROJECT_CLUSTER + "/nodepools/%s", POOL_A });
			probes.add(new String[] { "GET", p + "/jobs/%s", this.jobOfA });
			probes.add(new String[] { "PUT", p + "/clusters/%s/nodes/operation/migrateto/" + OTHER_PROJECT_CLUSTER, STD_A });
			probes.add(new String[] { "PUT", p + "/clusters/" + OTHER_PROJECT_CLUSTER + "/nodes/operation/migrateto/%s", STD_B });
		}
		probes.add(new String[] { "GET", "/api/v3/projects/%s/clusters", PROJECT });
		for (String[] probe : probes) {
			Http.Reply real = asB.apply(probe[0], probe[1].formatted(probe[2]));
			Http.Reply none = asB.apply(probe[0], probe[1].formatted(unknown));
			String what = probe[0] + " " + probe[1].formatted(probe[2]);
			assertThat(real.status()).as(what + " -> " + real.body()).isIn(403, 404);
			assertThat(normalized(real.body(), probe[2])).as(what).isEqualTo(normalized(none.body(), unknown));
			assertThat(real.body()).as(what).doesNotContain("std-a", "std-b", "node-a0", NODE_A2);
		}
		Http.Reply own = asB.apply("GET", "/api/v3/projects/" + OTHER_PROJECT + "/clusters");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains(OTHER_PROJECT_CLUSTER).doesNotContain(STD_A, STD_B, "std-a");
		assertThat(admin().get("/__admin/data").asString()).as("state after B's attempts").isEqualTo(this.stateOfA);
		api().get(projectPath() + "/jobs/" + this.jobOfA).then().statusCode(200);
	}

	private static String normalized(String body, String id) {
		return body.replace(id, "<id>").replaceAll("\"request_id\":\"[0-9a-f]+\"", "\"request_id\":\"\"");
	}

}
