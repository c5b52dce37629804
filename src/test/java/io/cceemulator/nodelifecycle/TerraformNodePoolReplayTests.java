package io.cceemulator.nodelifecycle;

import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls of terraform-provider-huaweicloud's {@code huaweicloud_cce_node_pool}, in their order, with the bodies
 * golangsdk's {@code nodepools} package marshals (lower-case {@code apiversion}, zero structs, an empty password beside
 * the key pair, autoscaling always sent) and the status codes it accepts: Create 201 only; Get, Update and Delete
 * 200 only. Its waits pass on the emulator's manual clock: 120 s before the first ShowNodePool after a create, 60 s
 * after an update or a delete, then polls until the phase is empty, or until 404 after a delete; Error, Shelved and
 * Unknow phases abort it.
 */
class TerraformNodePoolReplayTests extends ClientReplay {

	/** golangsdk's CreateOpts for {@code initial_node_count = 2}, as the provider's acceptance tests configure. */
	private static final String CREATE = """
			{"kind":"NodePool","apiversion":"v3","metadata":{"name":"tf-pool"},"spec":{"type":"vm",
			"nodeTemplate":{"flavor":"c7.large.2","az":"cn-north-4a","os":"EulerOS 2.9",
			"login":{"sshKey":"KeyPair-001","userPassword":{"username":"","password":""}},
			"rootVolume":{"size":40,"volumetype":"SSD"},"dataVolumes":[{"size":100,"volumetype":"SSD"}],
			"publicIP":{"eip":{"bandwidth":{}}},"count":1,"billingMode":0,
			"nodeNicSpec":{"primaryNic":{"subnetId":""}},"extendParam":{},"k8sTags":{"env":"test"},
			"taints":[],"userTags":[{"key":"owner","value":"tf"}]},
			"initialNodeCount":2,
			"autoscaling":{"enable":false,"minNodeCount":0,"maxNodeCount":0,"scaleDownCooldownTime":0,"priority":0},
			"nodeManagement":{}}}""";

	/** golangsdk's UpdateOpts: the name always, the node template's zero structs, the count and autoscaling. */
	private static final String UPDATE = """
			{"metadata":{"name":"tf-pool"},"spec":{"nodeTemplate":{"login":{"userPassword":{"username":"",
			"password":""}},"nodeNicSpecUpdate":{"primaryNic":{}},"k8sTags":{"env":"prod"},
			"userTags":[{"key":"owner","value":"tf"}]},"initialNodeCount":3,"ignoreInitialNodeCount":false,
			"autoscaling":{"enable":true,"minNodeCount":1,"maxNodeCount":5,"scaleDownCooldownTime":0,"priority":0}}}""";

	@BeforeEach
	void manual() {
		manualClock();
	}

	private String pool(String poolId) {
		return projectPath() + "/clusters/" + STD_C + "/nodepools/" + poolId;
	}

	/** {@code nodePoolStateRefreshFunc(…, [""])}: Synchronizing and Synchronized are pending; Error aborts. */
	private JsonPath poolReady(String poolId) {
		JsonPath pool = api().get(pool(poolId)).then().statusCode(200).extract().jsonPath();
		assertThat(pool.getString("status.phase")).as(pool.prettify()).isEmpty();
		return pool;
	}

	/** {@code data.huaweicloud_cce_nodes} as the acceptance tests list a pool's nodes: ListNodes, by annotation. */
	private List<String> nodesOf(String poolId) {
		return api().get(projectPath() + "/clusters/" + STD_C + "/nodes")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("items.findAll { it.metadata.annotations.'kubernetes.io/node-pool.id' == '" + poolId
					+ "' && it.status.phase == 'Active' }.metadata.uid");
	}

	@Test
	void huaweicloudCceNodePoolCreatesWaitsForTheEmptyPhaseUpdatesAndDeletesUntilNotFound() {
		waitForAvailableCluster(STD_C);
		Response created = api().body(CREATE).post(projectPath() + "/clusters/" + STD_C + "/nodepools");
		created.then().statusCode(201);
		String poolId = created.path("metadata.uid");
		assertThat(poolId).isNotBlank();
		assertThat(api().get(pool(poolId)).path("status.phase").toString()).isEqualTo("Synchronizing");

		waitFor("PT120S");
		JsonPath read = poolReady(poolId);
		assertThat(read.getInt("spec.initialNodeCount")).isEqualTo(2);
		assertThat(read.getInt("status.currentNode")).isEqualTo(2);
		assertThat(read.getString("spec.nodeTemplate.login.sshKey")).isEqualTo("KeyPair-001");
		assertThat(read.getString("spec.nodeTemplate.nodeNicSpec.primaryNic.subnetId")).isEqualTo("subnet-0001");
		assertThat(read.getString("spec.nodeTemplate.userTags[0].value")).isEqualTo("tf");
		assertThat(read.getBoolean("spec.autoscaling.enable")).isFalse();
		assertThat(nodesOf(poolId)).hasSize(2);

		api().body(UPDATE).put(pool(poolId)).then().statusCode(200);
		waitFor("PT60S");
		JsonPath updated = poolReady(poolId);
		assertThat(updated.getInt("spec.initialNodeCount")).isEqualTo(3);
		assertThat(updated.getInt("spec.autoscaling.maxNodeCount")).isEqualTo(5);
		assertThat(updated.getString("spec.nodeTemplate.k8sTags.env")).isEqualTo("prod");
		assertThat(nodesOf(poolId)).hasSize(3);

		api().delete(pool(poolId)).then().statusCode(200);
		assertThat(api().get(pool(poolId)).then().statusCode(200).extract().path("status.phase").toString())
			.isEqualTo("Deleting");
		waitFor("PT60S");
		api().get(pool(poolId)).then().statusCode(404);
		assertThat(nodesOf(poolId)).isEmpty();
		assertThat(admin().get("/__admin/projects/" + PROJECT + "/servers").then().extract().jsonPath()
			.getList("findAll { it.name.startsWith('tf-pool-') }")).isEmpty();
	}

	/** {@code huaweicloud_cce_node_pool_scale}: ScaleNodePool, then ShowNodePool until the phase is empty. */
	@Test
	void huaweicloudCceNodePoolScaleScalesAndWaitsForTheEmptyPhase() {
		String poolId = api().body(CREATE)
			.post(projectPath() + "/clusters/" + STD_C + "/nodepools")
			.then()
			.statusCode(201)
			.extract()
			.path("metadata.uid");
		waitFor("PT120S");
		poolReady(poolId);
		api().body("""
				{"kind":"NodePool","apiVersion":"v3","spec":{"desiredNodeCount":1,"scaleGroups":["default"]}}""")
			.post(pool(poolId) + "/operation/scale")
			.then()
			.statusCode(200);
		waitFor("PT90S");
		poolReady(poolId);
		assertThat(nodesOf(poolId)).hasSize(1);
	}

}
