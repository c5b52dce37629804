package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.List;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.BIG;
import static io.cceemulator.support.Defaults.POOL_A;
import static io.cceemulator.support.Defaults.PROJECT;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static io.cceemulator.support.Defaults.UPGRADING;
import static org.assertj.core.api.Assertions.assertThat;

/** CreateNodePool over HTTP, on a frozen clock (jobs take 4 s): the pool, its nodes and servers, and its refusals. */
class NodePoolLifecycleApiTests extends PoolApiTest {

	@Test
	void createsAPoolWhoseInitialNodesInstallOnNewServersThenItIsReady() {
		int serversBefore = servers();
		JsonPath created = create(STD_C, PoolBodies.create("web", 2));
		String poolId = created.getString("metadata.uid");
		assertThat(poolId).matches("[0-9a-f-]{36}");
		assertThat(created.getString("kind")).isEqualTo("NodePool");
		assertThat(created.getString("metadata.name")).isEqualTo("web");
		assertThat(created.getInt("spec.initialNodeCount")).isEqualTo(2);
		assertThat(created.getString("spec.type")).isEqualTo("vm");
		assertThat(created.getString("spec.nodeTemplate.flavor")).isEqualTo("c7.large.2");
		assertThat(created.getString("spec.nodeTemplate.login.sshKey")).isEqualTo("KeyPair-001");
		assertThat(created.getInt("spec.nodeTemplate.rootVolume.size")).isEqualTo(50);
		assertThat(created.getString("spec.nodeTemplate.k8sTags.team")).isEqualTo("web");
		assertThat(created.getString("spec.nodeTemplate.userTags[0].key")).isEqualTo("owner");
		assertThat(created.getString("status.phase")).isEqualTo("Synchronizing");
		assertThat(created.getInt("status.creatingNode")).isEqualTo(2);
		assertThat(created.getString("status.jobId")).isNotBlank();

		List<String> nodes = nodesOf(STD_C, poolId);
		assertThat(nodes).hasSize(2);
		assertThat(servers()).isEqualTo(serversBefore + 2);
		JsonPath node = api().get(projectPath() + "/clusters/" + STD_C + "/nodes/" + nodes.get(0)).jsonPath();
		assertThat(node.getString("metadata.name")).matches("web-[0-9a-f]{5}");
		assertThat(node.getString("metadata.ownerReference.nodepoolName")).isEqualTo("web");
		assertThat(node.getString("spec.k8sTags.team")).isEqualTo("web");
		assertThat(node.getString("spec.taints[0].key")).isEqualTo("dedicated");
		assertThat(node.getString("status.phase")).isEqualTo("Installing");

		this.clock.advance(Duration.ofSeconds(4));
		JsonPath ready = show(STD_C, poolId);
		assertThat(ready.getString("status.phase")).isEmpty();
		assertThat(ready.getInt("status.currentNode")).isEqualTo(2);
		assertThat(ready.getInt("status.creatingNode")).isZero();
		assertThat(api().get(projectPath() + "/clusters/" + STD_C + "/nodes/" + nodes.get(1)).jsonPath()
			.getString("status.phase")).isEqualTo("Active");
		assertThat(api().get(pools(STD_C)).jsonPath().getList("items.metadata.uid")).contains(poolId);
	}

	@Test
	void createsAnEmptyPoolReadyAtOnce() {
		JsonPath created = create(STD_C, PoolBodies.create("empty", 0));
		assertThat(created.getString("status.phase")).isEmpty();
		assertThat(nodesOf(STD_C, created.getString("metadata.uid"))).isEmpty();
	}

	@Test
	void keepsAPasswordLoginsUsernameAndNeverShowsThePassword() {
		String body = PoolBodies.create("secret", 1)
			.replace("\"login\":{\"sshKey\":\"KeyPair-001\"}",
					"\"login\":{\"userPassword\":{\"username\":\"root\",\"password\":\"" + Bodies.SALTED_PASSWORD
							+ "\"}}");
		String answer = api().body(body).post(pools(STD_C)).then().statusCode(201).extract().asString();
		assertThat(answer).doesNotContain(Bodies.SALTED_PASSWORD).contains("\"username\":\"root\"");
		String poolId = JsonPath.from(answer).getString("metadata.uid");
		String node = nodesOf(STD_C, poolId).get(0);
		assertThat(api().get(projectPath() + "/clusters/" + STD_C + "/nodes/" + node).asString())
			.doesNotContain(Bodies.SALTED_PASSWORD)
			.contains("\"username\":\"root\"");
		assertThat(admin().get("/__admin/data").asString()).doesNotContain(Bodies.SALTED_PASSWORD);
		assertThat(admin().get("/__admin/journal?operation=CreateNodePool").asString())
			.doesNotContain(Bodies.SALTED_PASSWORD);
	}

	@Test
	void refusesAPoolWithoutARootVolumeNamingTheField() {
		assertCceError(api().body(PoolBodies.create("web", 1).replace("\"rootVolume\"", "\"otherVolume\""))
			.post(pools(STD_C)), CceError.INVALID_REQUEST, "spec.nodeTemplate.rootVolume: is required");
	}

	@Test
	void refusesAPoolNameAgainstCcesGrammarAndTheDefaultPoolsName() {
		assertCceError(api().body(PoolBodies.create("Web_1", 1)).post(pools(STD_C)), CceError.INVALID_REQUEST,
				"metadata.name: 'Web_1' is not a node pool name");
		assertCceError(api().body(PoolBodies.create("DefaultPool", 1)).post(pools(STD_C)), CceError.INVALID_REQUEST,
				"metadata.name: 'DefaultPool' is reserved for the DefaultPool");
	}

	@Test
	void refusesAPoolWithoutALoginOrWithBoth() {
		assertCceError(api().body(PoolBodies.create("web", 1).replace("\"login\":{\"sshKey\":\"KeyPair-001\"},", ""))
			.post(pools(STD_C)), CceError.INVALID_REQUEST,
				"spec.nodeTemplate.login: exactly one of sshKey and userPassword is required");
		assertCceError(api().body(PoolBodies.create("web", 1)
			.replace("{\"sshKey\":\"KeyPair-001\"}", "{\"sshKey\":\"KeyPair-001\",\"userPassword\":{\"password\":\""
					+ Bodies.SALTED_PASSWORD + "\"}}"))
			.post(pools(STD_C)), CceError.INVALID_REQUEST,
				"spec.nodeTemplate.login: exactly one of sshKey and userPassword is required");
	}

	@Test
	void refusesANegativeInitialCountAndOneOutsideTheAutoscalingBounds() {
		assertCceError(api().body(PoolBodies.create("web", -1)).post(pools(STD_C)), CceError.INVALID_REQUEST,
				"spec.initialNodeCount: must be 0 or more");
		assertCceError(api().body(PoolBodies.autoscaled("web", 5, 1, 3)).post(pools(STD_C)),
				CceError.INVALID_REQUEST, "spec.initialNodeCount: 5 is not between the autoscaling bounds 1 and 3");
		assertCceError(api().body(PoolBodies.autoscaled("web", 2, 4, 3)).post(pools(STD_C)),
				CceError.INVALID_REQUEST, "spec.autoscaling: minNodeCount 4 is more than maxNodeCount 3");
	}

	@Test
	void refusesAnotherKindOfBody() {
		assertCceError(api().body(PoolBodies.create("web", 1).replace("\"kind\":\"NodePool\"", "\"kind\":\"Node\""))
			.post(pools(STD_C)), CceError.INVALID_REQUEST, "kind: must be NodePool, got 'Node'");
	}

	@Test
	void returnsNotFoundForAnUnknownCluster() {
		assertCceError(api().body(PoolBodies.create("web", 1)).post(pools("no-such-cluster")), CceError.NOT_FOUND,
				"Cluster no-such-cluster not found");
	}

	@Test
	void returnsConflictForAPoolNameTakenInTheCluster() {
		assertCceError(api().body(PoolBodies.create("pool-a", 1)).post(pools(STD_A)), CceError.ALREADY_EXISTS,
				"a node pool named pool-a exists already in cluster " + STD_A + ": " + POOL_A);
	}

	@Test
	void refusesAPoolInAClusterThatIsNotAvailable() {
		assertCceError(api().body(PoolBodies.create("web", 1)).post(pools(UPGRADING)), CceError.INVALID_REQUEST,
				"is Upgrading, not Available");
	}

	@Test
	void refusesInitialNodesOverTheClusterFlavorsScale() {
		assertCceError(api().body(PoolBodies.create("web", 1)).post(pools(BIG)), CceError.TOO_MANY_NODES,
				"takes at most 200 nodes");
	}

	@Test
	void aRefusedCreateChangesNothing() {
		String poolsBefore = api().get(pools(BIG) + "?showDefaultNodePool=true").asString();
		int serversBefore = servers();
		api().body(PoolBodies.create("web", 3)).post(pools(BIG)).then().statusCode(400);
		assertThat(api().get(pools(BIG) + "?showDefaultNodePool=true").asString()).isEqualTo(poolsBefore);
		assertThat(servers()).isEqualTo(serversBefore);
		assertThat(admin().get("/__admin/jobs?projectId=" + PROJECT).then().extract().jsonPath().getList("$"))
			.isEmpty();
	}

}
