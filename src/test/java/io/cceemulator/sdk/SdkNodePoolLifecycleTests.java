package io.cceemulator.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.huaweicloud.sdk.cce.v3.model.CreateNodePoolRequest;
import com.huaweicloud.sdk.cce.v3.model.CreateNodePoolResponse;
import com.huaweicloud.sdk.cce.v3.model.DeleteNodePoolRequest;
import com.huaweicloud.sdk.cce.v3.model.DeleteNodePoolResponse;
import com.huaweicloud.sdk.cce.v3.model.ListNodePoolsRequest;
import com.huaweicloud.sdk.cce.v3.model.ListNodesRequest;
import com.huaweicloud.sdk.cce.v3.model.Login;
import com.huaweicloud.sdk.cce.v3.model.NodePool;
import com.huaweicloud.sdk.cce.v3.model.NodePoolMetadata;
import com.huaweicloud.sdk.cce.v3.model.NodePoolMetadataUpdate;
import com.huaweicloud.sdk.cce.v3.model.NodePoolNodeAutoscaling;
import com.huaweicloud.sdk.cce.v3.model.NodePoolSpec;
import com.huaweicloud.sdk.cce.v3.model.NodePoolSpecUpdate;
import com.huaweicloud.sdk.cce.v3.model.NodePoolUpdate;
import com.huaweicloud.sdk.cce.v3.model.NodeSpec;
import com.huaweicloud.sdk.cce.v3.model.NodeSpecUpdate;
import com.huaweicloud.sdk.cce.v3.model.ScaleNodePoolRequest;
import com.huaweicloud.sdk.cce.v3.model.ScaleNodePoolRequestBody;
import com.huaweicloud.sdk.cce.v3.model.ScaleNodePoolSpec;
import com.huaweicloud.sdk.cce.v3.model.ShowNodePoolRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowNodePoolResponse;
import com.huaweicloud.sdk.cce.v3.model.Taint;
import com.huaweicloud.sdk.cce.v3.model.UpdateNodePoolRequest;
import com.huaweicloud.sdk.cce.v3.model.UpdateNodePoolResponse;
import com.huaweicloud.sdk.cce.v3.model.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cceemulator.sdk.SdkClients.refusal;
import static io.cceemulator.support.Defaults.POOL_A;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/** CreateNodePool, ShowNodePool, UpdateNodePool, ScaleNodePool and DeleteNodePool through the official SDK 3.1.130. */
class SdkNodePoolLifecycleTests extends SdkTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	static CreateNodePoolRequest create(String cluster, String name, int count) {
		return new CreateNodePoolRequest().withClusterId(cluster)
			.withBody(new NodePool().withKind("NodePool")
				.withApiVersion("v3")
				.withMetadata(new NodePoolMetadata().withName(name))
				.withSpec(new NodePoolSpec().withType(NodePoolSpec.TypeEnum.VM)
					.withInitialNodeCount(count)
					.withAutoscaling(new NodePoolNodeAutoscaling().withEnable(false))
					.withNodeTemplate(new NodeSpec().withFlavor("c7.large.2")
						.withAz("cn-north-4a")
						.withOs("EulerOS 2.9")
						.withLogin(new Login().withSshKey("KeyPair-001"))
						.withRootVolume(new Volume().withVolumetype("SAS").withSize(50))
						.withDataVolumes(List.of(new Volume().withVolumetype("SAS").withSize(100))))));
	}

	private ShowNodePoolResponse show(String cluster, String poolId) {
		return call(cce().showNodePoolInvoker(new ShowNodePoolRequest().withClusterId(cluster).withNodepoolId(poolId)));
	}

	private long nodesOf(String cluster, String poolId) {
		return call(cce().listNodesInvoker(new ListNodesRequest().withClusterId(cluster))).getItems()
			.stream()
			.filter((n) -> poolId.equals(n.getMetadata().getAnnotations().get("kubernetes.io/node-pool.id")))
			.count();
	}

	@Test
	void createsShowsUpdatesScalesAndDeletesAPool() {
		CreateNodePoolResponse created = call(cce().createNodePoolInvoker(create(STD_C, "sdk-pool", 2)));
		String poolId = created.getMetadata().getUid();
		assertThat(created.getStatus().getPhase()).hasToString("Synchronizing");
		assertThat(created.getSpec().getInitialNodeCount()).isEqualTo(2);
		assertThat(nodesOf(STD_C, poolId)).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(4));

		ShowNodePoolResponse ready = show(STD_C, poolId);
		assertThat(ready.getStatus().getPhase()).hasToString("");
		assertThat(ready.getStatus().getCurrentNode()).isEqualTo(2);
		assertThat(ready.getSpec().getNodeTemplate().getFlavor()).isEqualTo("c7.large.2");
		assertThat(ready.getSpec().getNodeTemplate().getRootVolume().getSize()).isEqualTo(50);
		assertThat(call(cce().listNodePoolsInvoker(new ListNodePoolsRequest().withClusterId(STD_C))).getItems())
			.extracting((p) -> p.getMetadata().getUid())
			.containsExactly(poolId);

		UpdateNodePoolResponse updated = call(cce().updateNodePoolInvoker(new UpdateNodePoolRequest()
			.withClusterId(STD_C)
			.withNodepoolId(poolId)
			.withBody(new NodePoolUpdate().withMetadata(new NodePoolMetadataUpdate().withName("sdk-pool-2"))
				.withSpec(new NodePoolSpecUpdate().withInitialNodeCount(3)
					.withAutoscaling(new NodePoolNodeAutoscaling().withEnable(true).withMinNodeCount(1)
						.withMaxNodeCount(4))
					.withNodeTemplate(new NodeSpecUpdate().withK8sTags(Map.of("team", "sdk"))
						.withTaints(List.of(new Taint().withKey("sdk").withValue("yes")
							.withEffect(Taint.EffectEnum.NOSCHEDULE)))
						.withUserTags(List.of()))))));
		assertThat(updated.getMetadata().getName()).isEqualTo("sdk-pool-2");
		assertThat(updated.getSpec().getAutoscaling().getMaxNodeCount()).isEqualTo(4);
		assertThat(updated.getSpec().getNodeTemplate().getK8sTags()).containsEntry("team", "sdk");
		assertThat(updated.getStatus().getCreatingNode()).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(nodesOf(STD_C, poolId)).isEqualTo(3);

		call(cce().scaleNodePoolInvoker(new ScaleNodePoolRequest().withClusterId(STD_C)
			.withNodepoolId(poolId)
			.withBody(new ScaleNodePoolRequestBody().withKind("NodePool")
				.withApiVersion("v3")
				.withSpec(new ScaleNodePoolSpec().withDesiredNodeCount(1).withScaleGroups(List.of("default"))))));
		assertThat(show(STD_C, poolId).getStatus().getDeletingNode()).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(nodesOf(STD_C, poolId)).isEqualTo(1);

		DeleteNodePoolResponse deleting = call(cce().deleteNodePoolInvoker(new DeleteNodePoolRequest()
			.withClusterId(STD_C)
			.withNodepoolId(poolId)));
		assertThat(deleting.getStatus().getPhase()).hasToString("Deleting");
		assertThat(deleting.getStatus().getJobId()).isNotBlank();
		this.clock.advance(Duration.ofSeconds(4));
		refusal(() -> show(STD_C, poolId), 404, "CCE_CM.0003", "Resource not found");
		assertThat(nodesOf(STD_C, poolId)).isZero();
	}

	@Test
	void reportsAnInvalidPoolName() {
		refusal(() -> call(cce().createNodePoolInvoker(create(STD_C, "Not_A_Name", 1))), 400, "CCE_CM.0004",
				"Request is invalid");
	}

	@Test
	void reportsAClusterAndAPoolThatDoNotExist() {
		refusal(() -> call(cce().createNodePoolInvoker(create("no-such-cluster", "web", 1))), 404, "CCE_CM.0003",
				"Resource not found");
		refusal(() -> call(cce().deleteNodePoolInvoker(new DeleteNodePoolRequest().withClusterId(STD_C)
			.withNodepoolId("no-such-pool"))), 404, "CCE_CM.0003", "Resource not found");
	}

	@Test
	void reportsAPoolNameTaken() {
		refusal(() -> call(cce().createNodePoolInvoker(create(STD_A, "pool-a", 1))), 409, "CCE.01409001",
				"The resource already exists");
	}

	@Test
	void reportsAPoolWhoseNodesAreInstalling() {
		String poolId = call(cce().createNodePoolInvoker(create(STD_C, "busy", 1))).getMetadata().getUid();
		refusal(() -> call(cce().deleteNodePoolInvoker(new DeleteNodePoolRequest().withClusterId(STD_C)
			.withNodepoolId(poolId))), 429, "CCE.01429002", "Resource locked by other requests");
	}

	@Test
	void reportsAScaleOfTheDefaultPool() {
		refusal(() -> call(cce().scaleNodePoolInvoker(new ScaleNodePoolRequest().withClusterId(STD_A)
			.withNodepoolId("DefaultPool")
			.withBody(new ScaleNodePoolRequestBody().withKind("NodePool")
				.withApiVersion("v3")
				.withSpec(new ScaleNodePoolSpec().withDesiredNodeCount(1).withScaleGroups(List.of("default")))))),
				400, "CCE_CM.0004", "Request is invalid");
		assertThat(show(STD_A, POOL_A).getMetadata().getName()).isEqualTo("pool-a");
	}

}
