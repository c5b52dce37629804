package io.cceemulator.nodelifecycle;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls of karpenter-provider-huawei's instance provider ({@code pkg/providers/instance/instance.go}): CreateNode
 * with no name and no login of its own, reading {@code metadata.uid} and {@code status.serverId} straight from the
 * 201; ShowNode and ListNodes; DeleteNode; then ShowNode's and DeleteNode's 404, which it turns into NodeClaimNotFound.
 */
class KarpenterReplayTests extends ClientReplay {

	/** The Go SDK's NodeCreateRequest as nodeSpecForCandidate fills it (offloadNode is newer than SDK 3.1.130). */
	private static final String CREATE = """
			{"kind":"Node","apiVersion":"v3","spec":{"flavor":"c7.large.2","az":"cn-north-4a","count":1,
			"rootVolume":{"size":40,"volumetype":"SSD"},"dataVolumes":[{"size":100,"volumetype":"SSD"}],
			"runtime":{"name":"containerd"},"extendParam":{"maxPods":110},"offloadNode":true,
			"nodeNicSpec":{"primaryNic":{"subnetId":"subnet-0001"}},
			"k8sTags":{"karpenter.sh/nodepool":"default","karpenter.k8s.huawei/nodeclaim-uid":"claim-1"},
			"taints":[{"key":"karpenter.sh/unregistered","effect":"NoExecute"}]}}""";

	@Test
	void createsReadsListsAndDeletesANodeThenSeesItGone() {
		manualClock();
		JsonPath created = api().body(CREATE)
			.post(projectPath() + "/clusters/" + STD_C + "/nodes")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		String nodeId = created.getString("metadata.uid");
		String serverId = created.getString("status.serverId");
		assertThat(nodeId).isNotBlank();
		assertThat(serverId).isNotBlank();

		JsonPath shown = showNode(STD_C, nodeId).then().statusCode(200).extract().jsonPath();
		assertThat(shown.getString("status.serverId")).isEqualTo(serverId);
		assertThat(shown.getString("spec.flavor")).isEqualTo("c7.large.2");
		assertThat(shown.getString("spec.az")).isEqualTo("cn-north-4a");
		assertThat(shown.getString("spec.nodeNicSpec.primaryNic.subnetId")).isEqualTo("subnet-0001");
		assertThat(shown.getString("metadata.name")).startsWith("std-c-v129-");
		waitFor("PT4S");
		assertThat(api().get(projectPath() + "/clusters/" + STD_C + "/nodes")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("items.metadata.uid")).containsExactly(nodeId);

		api().delete(projectPath() + "/clusters/" + STD_C + "/nodes/" + nodeId).then().statusCode(200);
		waitFor("PT4S");
		showNode(STD_C, nodeId).then().statusCode(404);
		api().delete(projectPath() + "/clusters/" + STD_C + "/nodes/" + nodeId).then().statusCode(404);
	}

}
