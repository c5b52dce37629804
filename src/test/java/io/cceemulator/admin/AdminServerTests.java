package io.cceemulator.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.SERVER_FREE_1;
import static io.cceemulator.support.Defaults.STD_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The admin API's ECS servers: listed with the node each runs, created with the data file's defaults, deleted. */
class AdminServerTests extends ApiTest {

	private static final String SERVERS = "/__admin/projects/" + PROJECT + "/servers";

	@Test
	void listsEveryServerWithTheNodeItRunsAndFiltersTheFreeOnes() {
		List<Map<String, Object>> all = admin().get(SERVERS).then().statusCode(200).extract().jsonPath().getList("$");
		assertThat(all).anySatisfy((s) -> assertThat(s).containsEntry("nodeId", NODE_A1).containsEntry("clusterId", STD_A));
		admin().get(SERVERS + "?free=true")
			.then()
			.body("id", hasItem(SERVER_FREE_1))
			.body("nodeId", not(hasItem(NODE_A1)))
			.body("size()", equalTo(8));
	}

	@Test
	void createsAServerWithTheDataFilesDefaults() {
		admin().body("{\"id\":\"e0e0e0e0-aaaa-4bbb-8ccc-0000000000aa\",\"vpc\":\"vpc-0001\",\"flavor\":\"c7.2xlarge.4\"}")
			.post(SERVERS)
			.then()
			.statusCode(201)
			.body("name", equalTo("e0e0e0e0-aaaa-4bbb-8ccc-0000000000aa"))
			.body("vcpus", equalTo(8))
			.body("memoryGiB", equalTo(32))
			.body("subnet", equalTo("subnet-0001"))
			.body("status", equalTo("ACTIVE"))
			.body("privateIP", startsWith("10.0."))
			.body("dataVolumes[0].size", equalTo(100));
		admin().body("{\"id\":\"e0e0e0e0-aaaa-4bbb-8ccc-0000000000aa\",\"vpc\":\"vpc-0001\"}").post(SERVERS).then().statusCode(409);
		admin().body("{\"id\":\"x\"}").post(SERVERS).then().statusCode(400).body("message", equalTo("server x: needs a vpc"));
	}

	@Test
	void deletesAFreeServerButNotOneANodeRunsOn() {
		admin().delete(SERVERS + "/" + SERVER_FREE_1).then().statusCode(204);
		admin().get(SERVERS + "/" + SERVER_FREE_1).then().statusCode(404);
		String backing = admin().get(SERVERS).jsonPath().getString("find { it.nodeId == '" + NODE_A1 + "' }.id");
		admin().delete(SERVERS + "/" + backing)
			.then()
			.statusCode(409)
			.body("message", equalTo("server " + backing + " runs node " + NODE_A1 + " of cluster " + STD_A
					+ "; delete or remove the node first"));
	}

	@Test
	void exportsTheServersSoThatTheDataLoadsBack() {
		String data = admin().get("/__admin/data").then().statusCode(200).extract().asString();
		assertThat(data).contains("\"servers\"").contains(SERVER_FREE_1);
		admin().body(data).put("/__admin/data").then().statusCode(200);
		admin().get(SERVERS + "/" + SERVER_FREE_1).then().statusCode(200).body("name", equalTo("ecs-free-01"));
	}

}
