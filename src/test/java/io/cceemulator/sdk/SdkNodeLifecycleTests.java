package io.cceemulator.sdk;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.huaweicloud.sdk.cce.v3.model.AddNode;
import com.huaweicloud.sdk.cce.v3.model.AddNodeList;
import com.huaweicloud.sdk.cce.v3.model.AddNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.AddNodesToNodePool;
import com.huaweicloud.sdk.cce.v3.model.AddNodesToNodePoolList;
import com.huaweicloud.sdk.cce.v3.model.AddNodesToNodePoolRequest;
import com.huaweicloud.sdk.cce.v3.model.ClusterNodeInformation;
import com.huaweicloud.sdk.cce.v3.model.ClusterNodeInformationMetadata;
import com.huaweicloud.sdk.cce.v3.model.CreateNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.CreateNodeResponse;
import com.huaweicloud.sdk.cce.v3.model.DeleteNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.Job;
import com.huaweicloud.sdk.cce.v3.model.Login;
import com.huaweicloud.sdk.cce.v3.model.NodeCreateRequest;
import com.huaweicloud.sdk.cce.v3.model.NodeItem;
import com.huaweicloud.sdk.cce.v3.model.NodeMetadata;
import com.huaweicloud.sdk.cce.v3.model.NodeSpec;
import com.huaweicloud.sdk.cce.v3.model.ReinstallNodeSpec;
import com.huaweicloud.sdk.cce.v3.model.RemoveNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.RemoveNodesSpec;
import com.huaweicloud.sdk.cce.v3.model.RemoveNodesTask;
import com.huaweicloud.sdk.cce.v3.model.ResetNode;
import com.huaweicloud.sdk.cce.v3.model.ResetNodeList;
import com.huaweicloud.sdk.cce.v3.model.ResetNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowJobRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowJobResponse;
import com.huaweicloud.sdk.cce.v3.model.ShowNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.UpdateNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;

import static io.cceemulator.sdk.SdkClients.refusal;
import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.NODE_ABNORMAL;
import static io.cceemulator.support.Defaults.POOL_B;
import static io.cceemulator.support.Defaults.SERVER_FREE_1;
import static io.cceemulator.support.Defaults.SERVER_FREE_2;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every new node operation through the official SDK 3.1.130, and one refusal of each kind as it reports them.
 * MigrateToNodePool is not in 3.1.130 (it came later), so it has HTTP tests only.
 */
class SdkNodeLifecycleTests extends SdkTest {

	private static final Login KEY = new Login().withSshKey("KeyPair-001");

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private CreateNodeRequest create(String cluster, String name) {
		return new CreateNodeRequest().withClusterId(cluster)
			.withBody(new NodeCreateRequest().withKind("Node")
				.withApiVersion("v3")
				.withMetadata(new NodeMetadata().withName(name))
				.withSpec(new NodeSpec().withFlavor("c7.large.2")
					.withAz("cn-north-4a")
					.withLogin(KEY)
					.withRootVolume(new Volume().withVolumetype("SAS").withSize(50))
					.withDataVolumes(List.of(new Volume().withVolumetype("SAS").withSize(100)))
					.withCount(1)));
	}

	private ShowJobResponse job(String id) {
		return call(cce().showJobInvoker(new ShowJobRequest().withJobId(id)));
	}

	private static Job subJob(ShowJobResponse job, String type) {
		return job.getSpec().getSubJobs().stream().filter((j) -> type.equals(j.getSpec().getType())).findFirst().orElseThrow();
	}

	@Test
	void createsUpdatesAndDeletesANode() {
		CreateNodeResponse created = call(cce().createNodeInvoker(create(STD_C, "sdk-node")));
		String uid = created.getMetadata().getUid();
		assertThat(created.getStatus().getServerId()).isNotBlank();
		Job createNode = subJob(job(created.getStatus().getJobID()), "CreateNode");
		Job installNode = subJob(job(createNode.getMetadata().getUid()), "InstallNode");
		assertThat(installNode.getSpec().getResourceID()).isEqualTo(uid);
		this.clock.advance(Duration.ofSeconds(4));

		assertThat(call(cce().updateNodeInvoker(new UpdateNodeRequest().withClusterId(STD_C)
			.withNodeId(uid)
			.withBody(new ClusterNodeInformation()
				.withMetadata(new ClusterNodeInformationMetadata().withName("sdk-node-2"))))).getMetadata().getName())
			.isEqualTo("sdk-node-2");
		assertThat(call(cce().deleteNodeInvoker(new DeleteNodeRequest().withClusterId(STD_C)
			.withNodeId(uid)
			.withNodepoolScaleDown(DeleteNodeRequest.NodepoolScaleDownEnum.NOSCALEDOWN))).getStatus().getPhase())
			.hasToString("Deleting");
		this.clock.advance(Duration.ofSeconds(4));
		cce(refusal(() -> call(cce().showNodeInvoker(new ShowNodeRequest().withClusterId(STD_C).withNodeId(uid))), 404,
				"CCE_CM.0003", "Resource not found"), CceError.NOT_FOUND);
	}

	@Test
	void removesAcceptsAndResetsNodes() {
		String removal = call(cce().removeNodeInvoker(new RemoveNodeRequest().withClusterId(STD_A)
			.withBody(new RemoveNodesTask().withApiVersion("v3")
				.withKind("RemoveNodesTask")
				.withSpec(new RemoveNodesSpec().withLogin(KEY).withNodes(List.of(new NodeItem().withUid(NODE_A1)))))))
			.getStatus()
			.getJobID();
		assertThat(job(removal).getSpec().getType()).isEqualTo("RemoveNode");

		UUID accepted = call(cce().addNodeInvoker(new AddNodeRequest().withClusterId(STD_C)
			.withBody(new AddNodeList().withApiVersion("v3")
				.withKind("List")
				.withNodeList(List.of(new AddNode().withServerID(UUID.fromString(SERVER_FREE_1))
					.withSpec(new ReinstallNodeSpec().withOs("EulerOS 2.9").withLogin(KEY).withName("accepted")))))))
			.getJobid();
		assertThat(job(accepted.toString()).getSpec().getType()).isEqualTo("AddNode");

		UUID reset = call(cce().resetNodeInvoker(new ResetNodeRequest().withClusterId(STD_A)
			.withBody(new ResetNodeList().withApiVersion("v3")
				.withKind("List")
				.withNodeList(List.of(new ResetNode().withNodeID(UUID.fromString(NODE_ABNORMAL))
					.withSpec(new ReinstallNodeSpec().withOs("EulerOS 2.9").withLogin(KEY)))))))
			.getJobid();
		assertThat(job(reset.toString()).getSpec().getType()).isEqualTo("ResetNode");

		UUID toPool = call(cce().addNodesToNodePoolInvoker(new AddNodesToNodePoolRequest().withClusterId(STD_B)
			.withNodepoolId(POOL_B)
			.withBody(new AddNodesToNodePoolList().withApiVersion("v3")
				.withKind("List")
				.withNodeList(List.of(new AddNodesToNodePool().withServerID(UUID.fromString(SERVER_FREE_2)))))))
			.getJobid();
		assertThat(job(toPool.toString()).getSpec().getType()).isEqualTo("AddNodesToNodePool");
	}

	@Test
	void reportsAValidationFailure() {
		cce(refusal(() -> call(cce().removeNodeInvoker(new RemoveNodeRequest().withClusterId(STD_A)
			.withBody(new RemoveNodesTask().withSpec(new RemoveNodesSpec().withNodes(List.of()))))), 400, "CCE_CM.0004",
				"Request is invalid"), CceError.INVALID_REQUEST);
	}

	@Test
	void reportsANodeThatDoesNotExist() {
		cce(refusal(() -> call(cce().resetNodeInvoker(new ResetNodeRequest().withClusterId(STD_A)
			.withBody(new ResetNodeList().withNodeList(List.of(new ResetNode().withNodeID(UUID.randomUUID())
				.withSpec(new ReinstallNodeSpec().withOs("EulerOS 2.9").withLogin(KEY))))))), 404, "CCE_CM.0003",
				"Resource not found"), CceError.NOT_FOUND);
	}

	@Test
	void reportsAServerThatIsTaken() {
		String serverId = call(cce().showNodeInvoker(new ShowNodeRequest().withClusterId(STD_A).withNodeId(NODE_A1)))
			.getStatus()
			.getServerId();
		cce(refusal(() -> call(cce().addNodeInvoker(new AddNodeRequest().withClusterId(STD_C)
			.withBody(new AddNodeList().withNodeList(List.of(new AddNode().withServerID(UUID.fromString(serverId))
				.withSpec(new ReinstallNodeSpec().withOs("EulerOS 2.9").withLogin(KEY))))))), 409, "CCE.01409001",
				"The resource already exists"), CceError.ALREADY_EXISTS);
	}

	@Test
	void reportsANodeLockedByItsInstall() {
		String uid = call(cce().createNodeInvoker(create(STD_C, "locked"))).getMetadata().getUid();
		cce(refusal(() -> call(cce().deleteNodeInvoker(new DeleteNodeRequest().withClusterId(STD_C).withNodeId(uid))),
				429, "CCE.01429002", "Resource locked by other requests"), CceError.RESOURCE_LOCKED);
	}

	private static void cce(com.huaweicloud.sdk.core.exception.ClientRequestException ex, CceError error) {
		assertThat(ex.getHttpStatusCode()).isEqualTo(error.status().value());
		assertThat(ex.getErrorCode()).isEqualTo(error.sdkCode());
		assertThat(ex.getErrorMsg()).isEqualTo(error.sdkMessage());
	}

}
