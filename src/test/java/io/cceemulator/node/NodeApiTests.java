package io.cceemulator.node;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;

class NodeApiTests extends ApiTest {

	@Test
	void listsTheNodesOfACluster() {
		JsonPath list = api().get(projectPath() + "/clusters/" + BIG + "/nodes").then().statusCode(200).extract().jsonPath();
		assertThat(list.getString("kind")).isEqualTo("List");
		assertThat(list.getList("items")).hasSize(250);
		assertThat(list.getString("items[0].metadata.name")).isEqualTo("big-0001");
	}

	@Test
	void showsWhatTheMigrationRulesRead() {
		JsonPath ssd = api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_SSD).then().statusCode(200)
			.extract().jsonPath();
		assertThat(ssd.getString("kind")).isEqualTo("Node");
		assertThat(ssd.getString("spec.extendParam.DockerLVMConfigOverride")).contains("diskType=ssd");
		assertThat(ssd.getString("spec.dataVolumes[0].volumetype")).isEqualTo("SSD");
		assertThat(ssd.getString("spec.os")).isEqualTo("EulerOS 2.9");
		assertThat(ssd.getString("spec.runtime.name")).isEqualTo("docker");
		assertThat(ssd.getString("status.phase")).isEqualTo("Active");
		JsonPath systemOnly = api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_SYSTEM_DISK_ONLY)
			.then().extract().jsonPath();
		assertThat(systemOnly.getList("spec.dataVolumes")).isEmpty();
		JsonPath bms = api().get(projectPath() + "/clusters/" + TURBO_A + "/nodes/" + TURBO_A_BMS).then().extract().jsonPath();
		assertThat(bms.getString("spec.flavor")).startsWith("physical.");
	}

	@Test
	void namesTheNodesPoolInItsAnnotation() {
		JsonPath pooled = api().get(projectPath() + "/clusters/" + STD_A + "/nodes/" + NODE_IN_POOL).then().extract().jsonPath();
		assertThat(pooled.getString("metadata.annotations['kubernetes.io/node-pool.id']"))
			.isEqualTo("f1f1f1f1-aaaa-4bbb-8ccc-0000000000f1");
		assertThat(pooled.getString("metadata.ownerReference.nodepoolName")).isEqualTo("pool-a");
	}

	@Test
	void listsTheDefaultPoolOnlyWhenAskedFor() {
		assertThat(api().get(projectPath() + "/clusters/" + STD_A + "/nodepools").then().statusCode(200).extract()
			.jsonPath().getList("items.metadata.name")).containsExactly("pool-a");
		JsonPath withDefault = api().get(projectPath() + "/clusters/" + STD_A + "/nodepools?showDefaultNodePool=true")
			.then().extract().jsonPath();
		assertThat(withDefault.getList("items.metadata.name")).containsExactly("DefaultPool", "pool-a");
		assertThat(withDefault.getInt("items[1].status.currentNode")).isEqualTo(1);
	}

	@Test
	void returnsNotFoundForAnUnknownNodeOrAnotherProjectsNode() {
		assertCceError(api().get(projectPath() + "/clusters/" + STD_A + "/nodes/nope"), CceError.NOT_FOUND,
				"Node nope not found in cluster " + STD_A);
		assertCceError(api().get("/api/v3/projects/" + PROJECT + "/clusters/" + OTHER_PROJECT_CLUSTER + "/nodes"),
				CceError.NOT_FOUND, "Cluster " + OTHER_PROJECT_CLUSTER + " not found");
	}

}
