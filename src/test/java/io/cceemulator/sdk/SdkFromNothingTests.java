package io.cceemulator.sdk;

import java.time.Duration;
import java.util.List;

import com.huaweicloud.sdk.cce.v3.model.Cluster;
import com.huaweicloud.sdk.cce.v3.model.ClusterMetadata;
import com.huaweicloud.sdk.cce.v3.model.ClusterSpec;
import com.huaweicloud.sdk.cce.v3.model.ContainerNetwork;
import com.huaweicloud.sdk.cce.v3.model.CreateClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.CreateClusterResponse;
import com.huaweicloud.sdk.cce.v3.model.CreateNodePoolResponse;
import com.huaweicloud.sdk.cce.v3.model.DeleteClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.DeleteClusterResponse;
import com.huaweicloud.sdk.cce.v3.model.HostNetwork;
import com.huaweicloud.sdk.cce.v3.model.ListNodePoolsRequest;
import com.huaweicloud.sdk.cce.v3.model.ListNodesRequest;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodeResponse;
import com.huaweicloud.sdk.cce.v3.model.Node;
import com.huaweicloud.sdk.cce.v3.model.ShowClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowJobRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowNodePoolRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cceemulator.sdk.SdkClients.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end case with nothing but the official SDK 3.1.130: two clusters created in one VPC, a node pool
 * in each, the first pool's nodes migrated to the second cluster, and the first cluster deleted, which leaves the
 * moved nodes where they went.
 */
class SdkFromNothingTests extends SdkTest {

	private static final String VPC = "vpc-0001";

	private static final String SUBNET = "subnet-0001";

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	@Test
	void buildsTwoClustersWithAPoolEachMovesTheNodesAcrossAndDeletesTheFirstCluster() {
		String one = createCluster("e2e-one", "v1.28");
		String two = createCluster("e2e-two", "v1.29");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(phaseOf(one)).isEqualTo("Available");
		assertThat(phaseOf(two)).isEqualTo("Available");

		String poolOne = createPool(one, "pool-one", 2);
		String poolTwo = createPool(two, "pool-two", 1);
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(poolPhase(one, poolOne)).isEmpty();
		assertThat(poolPhase(two, poolTwo)).isEmpty();
		List<Node> moving = nodes(one);
		assertThat(moving).hasSize(2)
			.allSatisfy((n) -> assertThat(n.getStatus().getPhase()).hasToString("Active"))
			.allSatisfy((n) -> assertThat(n.getMetadata().getAnnotations())
				.containsEntry("kubernetes.io/node-pool.id", poolOne));
		String[] ids = moving.stream().map((n) -> n.getMetadata().getUid()).toArray(String[]::new);

		MigrateNodeResponse migrated = call(cce().migrateNodeInvoker(SdkClients.migrate(one, two, ids)));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(call(cce().showJobInvoker(new ShowJobRequest().withJobId(migrated.getStatus().getJobID())))
			.getStatus()
			.getPhase()).isEqualTo("Success");
		assertThat(nodes(one)).isEmpty();
		assertThat(nodes(two)).extracting((n) -> n.getMetadata().getUid()).contains(ids).hasSize(3);

		DeleteClusterResponse deleting = call(cce().deleteClusterInvoker(new DeleteClusterRequest().withClusterId(one)));
		assertThat(deleting.getStatus().getPhase()).isEqualTo("Deleting");
		this.clock.advance(Duration.ofMinutes(1));
		refusal(() -> call(cce().showClusterInvoker(new ShowClusterRequest().withClusterId(one))), 404, "CCE_CM.0003",
				"Resource not found");
		assertThat(phaseOf(two)).isEqualTo("Available");
		assertThat(nodes(two)).extracting((n) -> n.getMetadata().getUid()).contains(ids);
		assertThat(call(cce().listNodePoolsInvoker(new ListNodePoolsRequest().withClusterId(two))).getItems())
			.extracting((p) -> p.getMetadata().getUid())
			.contains(poolTwo);
	}

	private String createCluster(String name, String version) {
		CreateClusterResponse created = call(cce().createClusterInvoker(new CreateClusterRequest()
			.withBody(new Cluster().withKind("Cluster")
				.withApiVersion("v3")
				.withMetadata(new ClusterMetadata().withName(name))
				.withSpec(new ClusterSpec().withCategory(ClusterSpec.CategoryEnum.CCE)
					.withType(ClusterSpec.TypeEnum.VIRTUALMACHINE)
					.withFlavor("cce.s2.small")
					.withVersion(version)
					.withHostNetwork(new HostNetwork().withVpc(VPC).withSubnet(SUBNET))
					.withContainerNetwork(new ContainerNetwork().withMode(ContainerNetwork.ModeEnum.VPC_ROUTER)
						.withCidr("172.16.0.0/16"))))));
		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		return created.getMetadata().getUid();
	}

	private String createPool(String cluster, String name, int count) {
		CreateNodePoolResponse created = call(
				cce().createNodePoolInvoker(SdkNodePoolLifecycleTests.create(cluster, name, count)));
		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		return created.getMetadata().getUid();
	}

	private String phaseOf(String cluster) {
		return call(cce().showClusterInvoker(new ShowClusterRequest().withClusterId(cluster))).getStatus().getPhase();
	}

	private String poolPhase(String cluster, String pool) {
		return String.valueOf(call(cce().showNodePoolInvoker(new ShowNodePoolRequest().withClusterId(cluster)
			.withNodepoolId(pool))).getStatus().getPhase());
	}

	private List<Node> nodes(String cluster) {
		return call(cce().listNodesInvoker(new ListNodesRequest().withClusterId(cluster))).getItems();
	}

}
