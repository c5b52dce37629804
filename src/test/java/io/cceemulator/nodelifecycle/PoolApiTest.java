package io.cceemulator.nodelifecycle;

import java.util.List;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.PROJECT;

/** What the node pool tests share: a frozen clock (jobs take 4 s) and the pool calls they repeat. */
abstract class PoolApiTest extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	String pools(String cluster) {
		return projectPath() + "/clusters/" + cluster + "/nodepools";
	}

	JsonPath create(String cluster, String body) {
		return api().body(body).post(pools(cluster)).then().statusCode(201).extract().jsonPath();
	}

	JsonPath show(String cluster, String poolId) {
		return api().get(pools(cluster) + "/" + poolId).then().statusCode(200).extract().jsonPath();
	}

	/** The nodes ListNodes shows in the pool, by its pool annotation. */
	List<String> nodesOf(String cluster, String poolId) {
		return api().get(projectPath() + "/clusters/" + cluster + "/nodes")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("items.findAll { it.metadata.annotations.'kubernetes.io/node-pool.id' == '" + poolId
					+ "' }.metadata.uid");
	}

	int servers() {
		return admin().get("/__admin/projects/" + PROJECT + "/servers").then().extract().jsonPath().getList("$").size();
	}

}
