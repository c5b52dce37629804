package io.cceemulator.nodelifecycle;

import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.POOL_A;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/** Careless bodies for the pool operations: each a 400 in CCE's body, never a 5xx, and nothing changed. */
class NodePoolLifecycleHostileInputTests extends PoolApiTest {

	private static final String GOOD = PoolBodies.create("web", 1);

	private String state() {
		return api().get(pools(STD_A) + "?showDefaultNodePool=true").asString()
				+ api().get(projectPath() + "/clusters/" + STD_A + "/nodes").asString() + servers();
	}

	private void refused(Response response, CceError error, String message) {
		assertCceError(response, error, message);
	}

	@Test
	void refusesBrokenCreateBodiesNamingTheField() {
		String before = state();
		List<String[]> cases = List.of(
				new String[] { GOOD.replace("\"initialNodeCount\":1", "\"initialNodeCount\":\"many\""), "initialNodeCount" },
				new String[] { GOOD.replace("\"dataVolumes\":[{\"volumetype\":\"SAS\",\"size\":100}]", "\"dataVolumes\":[null]"),
						"spec.nodeTemplate.dataVolumes[0]: must be an object" },
				new String[] { GOOD.replace("\"taints\":[{\"key\":\"dedicated\",\"value\":\"web\",\"effect\":\"NoSchedule\"}]",
						"\"taints\":[{\"key\":\"x\",\"effect\":\"Sometimes\"}]"), "spec.nodeTemplate.taints[0].effect" },
				new String[] { GOOD.replace("\"userTags\":[{\"key\":\"owner\",\"value\":\"qa\"}]", "\"userTags\":[null]"),
						"spec.nodeTemplate.userTags[0]: must be an object" },
				new String[] { GOOD.replace("\"type\":\"vm\"", "\"type\":\"spaceship\""), "spec.type: must be vm, ElasticBMS or pm" },
				new String[] { GOOD.replace("\"metadata\":{\"name\":\"web\"}", "\"metadata\":{}"), "metadata.name: is required" },
				new String[] { "{\"metadata\":{\"name\":\"web\"},\"spec\":{\"nodeTemplate\":null}}", "spec.nodeTemplate: is required" },
				new String[] { "[]", "" }, new String[] { "{", "" });
		for (String[] c : cases) {
			refused(api().body(c[0]).post(pools(STD_A)), CceError.INVALID_REQUEST, c[1]);
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void refusesAHugeCountByTheClustersScaleWithoutOverflowing() {
		String before = state();
		refused(api().body(PoolBodies.create("web", Integer.MAX_VALUE)).post(pools(STD_A)), CceError.TOO_MANY_NODES,
				"takes at most");
		refused(api().body(PoolBodies.scale(Integer.MAX_VALUE)).post(pools(STD_A) + "/" + POOL_A + "/operation/scale"),
				CceError.TOO_MANY_NODES, "takes at most");
		refused(api().body("{\"spec\":{\"initialNodeCount\":2147483647}}").put(pools(STD_A) + "/" + POOL_A),
				CceError.TOO_MANY_NODES, "takes at most");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void refusesBrokenUpdateAndScaleBodies() {
		String before = state();
		refused(api().body("{\"spec\":{\"nodeTemplate\":{\"taints\":[null]}}}").put(pools(STD_A) + "/" + POOL_A),
				CceError.INVALID_REQUEST, "spec.nodeTemplate.taints[0]: must be an object");
		refused(api().body("{\"metadata\":{\"name\":\"-bad\"},\"spec\":{}}").put(pools(STD_A) + "/" + POOL_A),
				CceError.INVALID_REQUEST, "metadata.name: '-bad' is not a node pool name");
		refused(api().body("{}").put(pools(STD_A) + "/" + POOL_A), CceError.INVALID_REQUEST, "spec: is required");
		refused(api().body("{\"spec\":{\"desiredNodeCount\":1,\"scaleGroups\":[null]}}")
			.post(pools(STD_A) + "/" + POOL_A + "/operation/scale"), CceError.INVALID_REQUEST, "scaleGroups[0]");
		refused(api().body("{\"spec\":{\"desiredNodeCount\":1,\"scaleGroups\":[]}}")
			.post(pools(STD_A) + "/" + POOL_A + "/operation/scale"), CceError.INVALID_REQUEST,
				"spec.scaleGroups: must name the scale group to scale: default");
		refused(api().body("{\"kind\":\"Node\",\"spec\":{\"desiredNodeCount\":1,\"scaleGroups\":[\"default\"]}}")
			.post(pools(STD_A) + "/" + POOL_A + "/operation/scale"), CceError.INVALID_REQUEST, "kind: must be NodePool");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void answersAnUnknownPoolOfAnotherClusterAsNotFound() {
		refused(api().delete(pools(STD_C) + "/" + POOL_A), CceError.NOT_FOUND,
				"Node pool " + POOL_A + " not found in cluster " + STD_C);
	}

}
