package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.List;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.NODE_IN_POOL;
import static io.cceemulator.support.Defaults.POOL_A;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/** UpdateNodePool, ScaleNodePool and DeleteNodePool over HTTP, on a frozen clock: each happy path and its refusals. */
class NodePoolLifecycleChangeApiTests extends PoolApiTest {

	/** A pool of STD_C whose initial nodes are Active. */
	private String readyPool(String body) {
		String poolId = create(STD_C, body).getString("metadata.uid");
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(show(STD_C, poolId).getString("status.phase")).isEmpty();
		return poolId;
	}

	private JsonPath update(String poolId, String body) {
		return api().body(body).put(pools(STD_C) + "/" + poolId).then().statusCode(200).extract().jsonPath();
	}

	private JsonPath scale(String poolId, int desired) {
		return api().body(PoolBodies.scale(desired))
			.post(pools(STD_C) + "/" + poolId + "/operation/scale")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
	}

	@Test
	void renamesAPoolAndChangesItsAutoscalingLabelsAndTaintsForItsNextNodes() {
		String poolId = readyPool(PoolBodies.create("web", 1));
		JsonPath updated = update(poolId, """
				{"metadata":{"name":"web-2"},"spec":{"ignoreInitialNodeCount":true,
				"autoscaling":{"enable":true,"minNodeCount":1,"maxNodeCount":5,"scaleDownCooldownTime":30,"priority":2},
				"nodeTemplate":{"k8sTags":{"team":"api"},"taints":[],"userTags":[{"key":"owner","value":"ops"}]}}}""");
		assertThat(updated.getString("metadata.name")).isEqualTo("web-2");
		assertThat(updated.getBoolean("spec.autoscaling.enable")).isTrue();
		assertThat(updated.getInt("spec.autoscaling.maxNodeCount")).isEqualTo(5);
		assertThat(updated.getInt("spec.autoscaling.scaleDownCooldownTime")).isEqualTo(30);
		assertThat(updated.getInt("spec.initialNodeCount")).isEqualTo(1);
		assertThat(updated.getMap("spec.nodeTemplate.k8sTags")).containsExactlyEntriesOf(java.util.Map.of("team", "api"));
		assertThat(updated.getList("spec.nodeTemplate.taints")).isEmpty();
		assertThat(updated.getString("spec.nodeTemplate.userTags[0].value")).isEqualTo("ops");
		assertThat(updated.getString("status.phase")).isEmpty();
		assertThat(show(STD_C, poolId).getString("metadata.name")).isEqualTo("web-2");

		JsonPath grown = scale(poolId, 2);
		String newNode = nodesOf(STD_C, poolId).stream()
			.filter((id) -> "Installing".equals(node(id).getString("status.phase")))
			.findFirst()
			.orElseThrow();
		assertThat(grown.getString("status.phase")).isEqualTo("Synchronizing");
		assertThat(node(newNode).getString("spec.k8sTags.team")).isEqualTo("api");
		assertThat(node(newNode).getString("metadata.name")).startsWith("web-2-");
	}

	private JsonPath node(String id) {
		return api().get(projectPath() + "/clusters/" + STD_C + "/nodes/" + id).then().statusCode(200).extract()
			.jsonPath();
	}

	@Test
	void growsAndShrinksAPoolByItsInitialNodeCount() {
		String poolId = readyPool(PoolBodies.create("web", 1));
		int serversBefore = servers();
		JsonPath grown = update(poolId, "{\"spec\":{\"initialNodeCount\":3}}");
		assertThat(grown.getInt("spec.initialNodeCount")).isEqualTo(3);
		assertThat(grown.getInt("status.creatingNode")).isEqualTo(2);
		assertThat(nodesOf(STD_C, poolId)).hasSize(3);
		assertThat(servers()).isEqualTo(serversBefore + 2);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(show(STD_C, poolId).getInt("status.currentNode")).isEqualTo(3);

		JsonPath shrinking = update(poolId, "{\"spec\":{\"initialNodeCount\":1}}");
		assertThat(shrinking.getInt("status.deletingNode")).isEqualTo(2);
		assertThat(shrinking.getString("status.phase")).isEqualTo("Synchronizing");
		JsonPath job = api().get(projectPath() + "/jobs/" + shrinking.getString("status.jobId")).jsonPath();
		assertThat(job.getString("spec.type")).isEqualTo("DeleteNode");
		assertThat(job.getList("spec.subJobs.spec.type")).containsExactly("DeleteNode", "DeleteNode");
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(nodesOf(STD_C, poolId)).hasSize(1);
		assertThat(servers()).isEqualTo(serversBefore);
		assertThat(show(STD_C, poolId).getString("status.phase")).isEmpty();
	}

	@Test
	void scalesAPoolToTheDesiredCountWithinItsAutoscalingBounds() {
		String poolId = readyPool(PoolBodies.autoscaled("auto", 1, 1, 3));
		assertThat(scale(poolId, 3).getInt("status.creatingNode")).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(show(STD_C, poolId).getInt("status.currentNode")).isEqualTo(3);
		assertThat(show(STD_C, poolId).getInt("spec.initialNodeCount")).isEqualTo(3);
		assertCceError(api().body(PoolBodies.scale(4)).post(pools(STD_C) + "/" + poolId + "/operation/scale"),
				CceError.INVALID_REQUEST, "spec.desiredNodeCount: 4 is not between the autoscaling bounds 1 and 3");
		assertThat(scale(poolId, 1).getInt("status.deletingNode")).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(nodesOf(STD_C, poolId)).hasSize(1);
	}

	@Test
	void refusesAScaleOfAnUnknownScaleGroupOrWithoutACount() {
		String poolId = readyPool(PoolBodies.create("web", 1));
		assertCceError(api().body(PoolBodies.scale(2).replace("\"default\"", "\"gpu\""))
			.post(pools(STD_C) + "/" + poolId + "/operation/scale"), CceError.INVALID_REQUEST,
				"spec.scaleGroups[0]: the pool has no scale group 'gpu'");
		assertCceError(api().body("{\"spec\":{\"scaleGroups\":[\"default\"]}}")
			.post(pools(STD_C) + "/" + poolId + "/operation/scale"), CceError.INVALID_REQUEST,
				"spec.desiredNodeCount: is required");
	}

	@Test
	void scalesAPoolOfTheDataFileFromItsTemplate() {
		JsonPath grown = api().body(PoolBodies.scale(2))
			.post(pools(STD_A) + "/" + POOL_A + "/operation/scale")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(grown.getInt("spec.initialNodeCount")).isEqualTo(2);
		assertThat(grown.getInt("status.creatingNode")).isEqualTo(1);
	}

	@Test
	void refusesToUpdateScaleOrDeleteTheDefaultPool() {
		String message = "DefaultPool cannot be updated, scaled or deleted";
		assertCceError(api().body("{\"spec\":{\"initialNodeCount\":1}}").put(pools(STD_A) + "/DefaultPool"),
				CceError.INVALID_REQUEST, message);
		assertCceError(api().body(PoolBodies.scale(1)).post(pools(STD_A) + "/DefaultPool/operation/scale"),
				CceError.INVALID_REQUEST, message);
		assertCceError(api().delete(pools(STD_A) + "/DefaultPool"), CceError.INVALID_REQUEST, message);
	}

	@Test
	void returnsNotFoundForAnUnknownPoolAndConflictForANameTaken() {
		assertCceError(api().body("{\"spec\":{}}").put(pools(STD_C) + "/no-such-pool"), CceError.NOT_FOUND,
				"Node pool no-such-pool not found in cluster " + STD_C);
		String first = readyPool(PoolBodies.create("first", 0));
		readyPool(PoolBodies.create("second", 0));
		assertCceError(api().body("{\"metadata\":{\"name\":\"second\"},\"spec\":{}}").put(pools(STD_C) + "/" + first),
				CceError.ALREADY_EXISTS, "a node pool named second exists already in cluster " + STD_C);
	}

	@Test
	void deletesAPoolWithItsNodesAndServersThenAnswersNotFound() {
		String poolId = readyPool(PoolBodies.create("web", 2));
		int serversBefore = servers();
		List<String> nodes = nodesOf(STD_C, poolId);
		JsonPath deleting = api().delete(pools(STD_C) + "/" + poolId).then().statusCode(200).extract().jsonPath();
		assertThat(deleting.getString("status.phase")).isEqualTo("Deleting");
		assertThat(deleting.getInt("status.deletingNode")).isEqualTo(2);
		JsonPath job = api().get(projectPath() + "/jobs/" + deleting.getString("status.jobId")).jsonPath();
		assertThat(job.getString("spec.type")).isEqualTo("DeleteNodePool");
		assertThat(job.getString("spec.resourceID")).isEqualTo(poolId);
		assertThat(show(STD_C, poolId).getString("status.phase")).isEqualTo("Deleting");
		assertCceError(api().body("{\"spec\":{\"initialNodeCount\":3}}").put(pools(STD_C) + "/" + poolId),
				CceError.RESOURCE_LOCKED, "node pool " + poolId + " is Deleting");

		this.clock.advance(Duration.ofSeconds(4));
		assertCceError(api().get(pools(STD_C) + "/" + poolId), CceError.NOT_FOUND,
				"Node pool " + poolId + " not found in cluster " + STD_C);
		for (String node : nodes) {
			api().get(projectPath() + "/clusters/" + STD_C + "/nodes/" + node).then().statusCode(404);
		}
		assertThat(servers()).isEqualTo(serversBefore - 2);
		assertThat(api().get(pools(STD_C)).jsonPath().getList("items.metadata.uid")).doesNotContain(poolId);
	}

	@Test
	void deletesAPoolOfTheDataFileWithItsNode() {
		api().delete(pools(STD_A) + "/" + POOL_A).then().statusCode(200);
		this.clock.advance(Duration.ofSeconds(4));
		api().get(pools(STD_A) + "/" + POOL_A).then().statusCode(404);
		api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_IN_POOL).then().statusCode(404);
	}

	@Test
	void answersLockedForADeleteWhileThePoolsNodesInstall() {
		String poolId = create(STD_C, PoolBodies.create("web", 1)).getString("metadata.uid");
		assertCceError(api().delete(pools(STD_C) + "/" + poolId), CceError.RESOURCE_LOCKED,
				"is locked by other requests");
		assertThat(show(STD_C, poolId).getString("status.phase")).isEqualTo("Synchronizing");
	}

	@Test
	void followsNodesCreatedAndDeletedOnTheirOwnAsTheSdkDocumentsItsPoolParameters() {
		String poolId = readyPool(PoolBodies.create("web", 1));
		String nodes = projectPath() + "/clusters/" + STD_C + "/nodes";
		String intoPool = LifecycleBodies.create("extra-1")
			.replace("\"metadata\":{\"name\":\"extra-1\"}",
					"\"metadata\":{\"name\":\"extra-1\",\"annotations\":{\"kubernetes.io/node-pool.id\":\"" + poolId
							+ "\"}}");
		String extra = api().body(intoPool).post(nodes + "?nodepoolScaleUp=NodepoolScaleUp").then().statusCode(201)
			.extract().path("metadata.uid");
		assertThat(show(STD_C, poolId).getInt("spec.initialNodeCount")).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(4));

		api().delete(nodes + "/" + extra + "?nodepoolScaleDown=NoScaleDown").then().statusCode(200);
		assertThat(show(STD_C, poolId).getInt("spec.initialNodeCount")).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(4));
		String first = nodesOf(STD_C, poolId).get(0);
		api().delete(nodes + "/" + first).then().statusCode(200);
		assertThat(show(STD_C, poolId).getInt("spec.initialNodeCount")).isEqualTo(1);
	}

	@Test
	void refusesNodesIntoAPoolBeingDeleted() {
		String poolId = readyPool(PoolBodies.create("web", 0));
		api().delete(pools(STD_C) + "/" + poolId).then().statusCode(200);
		String intoPool = LifecycleBodies.create("late")
			.replace("\"metadata\":{\"name\":\"late\"}",
					"\"metadata\":{\"name\":\"late\",\"annotations\":{\"kubernetes.io/node-pool.id\":\"" + poolId
							+ "\"}}");
		assertCceError(api().body(intoPool).post(projectPath() + "/clusters/" + STD_C + "/nodes"),
				CceError.RESOURCE_LOCKED, "node pool " + poolId + " is Deleting");
	}

	@Test
	void givesTheNodesAnUpdateAddsTheLabelsItSets() {
		String poolId = readyPool(PoolBodies.create("web", 1));
		update(poolId, "{\"spec\":{\"initialNodeCount\":2,\"nodeTemplate\":{\"k8sTags\":{\"team\":\"new\"}}}}");
		List<String> labels = nodesOf(STD_C, poolId).stream().map((id) -> node(id).getString("spec.k8sTags.team"))
			.toList();
		assertThat(labels).containsExactlyInAnyOrder("web", "new");
	}

	@Test
	void keepsUserTagsSetOnAPoolOfTheDataFile() {
		JsonPath updated = api().body("{\"spec\":{\"nodeTemplate\":{\"userTags\":[{\"key\":\"cost\",\"value\":\"a\"}]}}}")
			.put(pools(STD_A) + "/" + POOL_A)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(updated.getString("spec.nodeTemplate.userTags[0].key")).isEqualTo("cost");
		assertThat(updated.getInt("spec.nodeTemplate.rootVolume.size")).isEqualTo(50);
	}

}
