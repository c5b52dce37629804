package io.cceemulator.sdk;

import java.time.Duration;
import java.util.List;

import com.huaweicloud.sdk.cce.v3.model.Authentication;
import com.huaweicloud.sdk.cce.v3.model.CertDuration;
import com.huaweicloud.sdk.cce.v3.model.Cluster;
import com.huaweicloud.sdk.cce.v3.model.ClusterExtendParam;
import com.huaweicloud.sdk.cce.v3.model.ClusterInformation;
import com.huaweicloud.sdk.cce.v3.model.ClusterInformationSpec;
import com.huaweicloud.sdk.cce.v3.model.ClusterMetadata;
import com.huaweicloud.sdk.cce.v3.model.ClusterSpec;
import com.huaweicloud.sdk.cce.v3.model.ContainerNetwork;
import com.huaweicloud.sdk.cce.v3.model.CreateClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.CreateClusterResponse;
import com.huaweicloud.sdk.cce.v3.model.CreateKubernetesClusterCertRequest;
import com.huaweicloud.sdk.cce.v3.model.CreateNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.CreateKubernetesClusterCertResponse;
import com.huaweicloud.sdk.cce.v3.model.DeleteClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.DeleteClusterResponse;
import com.huaweicloud.sdk.cce.v3.model.HostNetwork;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import com.huaweicloud.sdk.cce.v3.model.Login;
import com.huaweicloud.sdk.cce.v3.model.NodeCreateRequest;
import com.huaweicloud.sdk.cce.v3.model.NodeMetadata;
import com.huaweicloud.sdk.cce.v3.model.NodeSpec;
import com.huaweicloud.sdk.cce.v3.model.ShowClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowClusterResponse;
import com.huaweicloud.sdk.cce.v3.model.ShowJobRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowJobResponse;
import com.huaweicloud.sdk.cce.v3.model.UpdateClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.UpdateClusterResponse;
import com.huaweicloud.sdk.cce.v3.model.Volume;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;

import static io.cceemulator.sdk.SdkClients.refusal;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/** The cluster lifecycle through the official SDK 3.1.130, and one refusal of each kind as it reports them. */
class SdkClusterLifecycleTests extends SdkTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private static CreateClusterRequest create(String name) {
		return new CreateClusterRequest().withBody(new Cluster().withKind("Cluster")
			.withApiVersion("v3")
			.withMetadata(new ClusterMetadata().withName(name))
			.withSpec(new ClusterSpec().withCategory(ClusterSpec.CategoryEnum.CCE)
				.withType(ClusterSpec.TypeEnum.VIRTUALMACHINE)
				.withFlavor("cce.s2.small")
				.withVersion("v1.29")
				.withDescription("made by the SDK")
				.withHostNetwork(new HostNetwork().withVpc("vpc-0001").withSubnet("subnet-0001"))
				.withContainerNetwork(new ContainerNetwork().withMode(ContainerNetwork.ModeEnum.VPC_ROUTER)
					.withCidr("172.16.0.0/16"))
				.withAuthentication(new Authentication().withMode("rbac"))
				.withBillingMode(0)
				.withKubernetesSvcIpRange("10.247.0.0/16")
				.withExtendParam(new ClusterExtendParam().withClusterAZ("cn-north-4a")
					.withClusterExternalIP("100.85.3.4"))));
	}

	private ShowClusterResponse show(String id) {
		return call(cce().showClusterInvoker(new ShowClusterRequest().withClusterId(id)));
	}

	private ShowJobResponse job(String id) {
		return call(cce().showJobInvoker(new ShowJobRequest().withJobId(id)));
	}

	@Test
	void createsShowsUpdatesCertifiesAndDeletesACluster() {
		CreateClusterResponse created = call(cce().createClusterInvoker(create("sdk-cluster")));
		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		String uid = created.getMetadata().getUid();
		assertThat(created.getStatus().getPhase()).isEqualTo("Creating");
		ShowJobResponse job = job(created.getStatus().getJobID());
		assertThat(job.getSpec().getType()).isEqualTo("CreateCluster");
		assertThat(job.getSpec().getClusterUID()).isEqualTo(uid);

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(job(created.getStatus().getJobID()).getStatus().getPhase()).isEqualTo("Success");
		ShowClusterResponse shown = show(uid);
		assertThat(shown.getStatus().getPhase()).isEqualTo("Available");
		assertThat(shown.getSpec().getCategory()).isEqualTo(ClusterSpec.CategoryEnum.CCE);
		assertThat(shown.getSpec().getContainerNetwork().getMode()).isEqualTo(ContainerNetwork.ModeEnum.VPC_ROUTER);
		assertThat(shown.getSpec().getContainerNetwork().getCidr()).isEqualTo("172.16.0.0/16");
		assertThat(shown.getSpec().getHostNetwork().getVpc()).isEqualTo("vpc-0001");
		assertThat(shown.getSpec().getExtendParam().getClusterExternalIP()).isEqualTo("100.85.3.4");
		assertThat(call(cce().listClustersInvoker(new ListClustersRequest())).getItems())
			.extracting((c) -> c.getMetadata().getUid())
			.contains(uid);

		UpdateClusterResponse updated = call(cce().updateClusterInvoker(new UpdateClusterRequest().withClusterId(uid)
			.withBody(new ClusterInformation().withSpec(new ClusterInformationSpec().withDescription("changed by the SDK")
				.withCustomSan(List.of("sdk.example.com"))))));
		assertThat(updated.getSpec().getDescription()).isEqualTo("changed by the SDK");
		assertThat(show(uid).getSpec().getCustomSan()).containsExactly("sdk.example.com");

		CreateKubernetesClusterCertResponse cert = call(cce().createKubernetesClusterCertInvoker(
				new CreateKubernetesClusterCertRequest().withClusterId(uid).withBody(new CertDuration().withDuration(30))));
		assertThat(cert.getKind()).isEqualTo("Config");
		assertThat(cert.getClusters()).extracting((c) -> c.getName())
			.containsExactly("internalCluster", "externalCluster", "externalClusterTLSVerify");
		assertThat(cert.getClusters().get(1).getCluster().getServer()).isEqualTo("https://100.85.3.4:5443");
		assertThat(cert.getClusters().get(1).getCluster().getInsecureSkipTlsVerify()).isTrue();
		assertThat(cert.getUsers().get(0).getUser().getClientCertificateData()).isNotBlank();
		assertThat(cert.getUsers().get(0).getUser().getClientKeyData()).isNotBlank();
		assertThat(cert.getCurrentContext()).isEqualTo("external");
		assertThat(cert.getPortID()).matches("[0-9a-f-]{36}");

		DeleteClusterResponse deleting = call(cce().deleteClusterInvoker(new DeleteClusterRequest().withClusterId(uid)
			.withDeleteEvs(DeleteClusterRequest.DeleteEvsEnum.TRUE)
			.withOndemandNodePolicy(DeleteClusterRequest.OndemandNodePolicyEnum.DELETE)));
		assertThat(deleting.getStatus().getPhase()).isEqualTo("Deleting");
		assertThat(job(deleting.getStatus().getJobID()).getSpec().getType()).isEqualTo("DeleteCluster");
		this.clock.advance(Duration.ofSeconds(4));
		cce(refusal(() -> show(uid), 404, "CCE_CM.0003", "Resource not found"), CceError.NOT_FOUND);
	}

	@Test
	void reportsBadInputAsInvalid() {
		CreateClusterRequest bad = create("Not_A_Name");
		cce(refusal(() -> call(cce().createClusterInvoker(bad)), 400, "CCE_CM.0004", "Request is invalid"),
				CceError.INVALID_REQUEST);
	}

	@Test
	void reportsAnUnknownClusterAsNotFound() {
		cce(refusal(() -> call(cce().deleteClusterInvoker(new DeleteClusterRequest().withClusterId("no-such-cluster"))),
				404, "CCE_CM.0003", "Resource not found"), CceError.NOT_FOUND);
		cce(refusal(() -> call(cce().createKubernetesClusterCertInvoker(new CreateKubernetesClusterCertRequest()
			.withClusterId("no-such-cluster")
			.withBody(new CertDuration().withDuration(1)))), 404, "CCE_CM.0003", "Resource not found"), CceError.NOT_FOUND);
	}

	@Test
	void reportsANameInUseAsAConflict() {
		call(cce().createClusterInvoker(create("sdk-twice")));
		cce(refusal(() -> call(cce().createClusterInvoker(create("sdk-twice"))), 409, "CCE.01409001",
				"The resource already exists"), CceError.ALREADY_EXISTS);
	}

	@Test
	void reportsTheQuotaExceeded() {
		int held = call(cce().listClustersInvoker(new ListClustersRequest())).getItems().size();
		for (int i = held; i < 50; i++) {
			call(cce().createClusterInvoker(create("sdk-quota-" + i)));
		}
		cce(refusal(() -> call(cce().createClusterInvoker(create("sdk-quota-over"))), 400, "CCE.01400007",
				"Insufficient cluster quota"), CceError.CLUSTER_QUOTA);
	}

	@Test
	void reportsAClusterBeingDeletedAsInvalidAndOneWithAJobAsLocked() {
		call(cce().deleteClusterInvoker(new DeleteClusterRequest().withClusterId(STD_B)));
		cce(refusal(() -> call(cce().deleteClusterInvoker(new DeleteClusterRequest().withClusterId(STD_B))), 400,
				"CCE_CM.0004", "Request is invalid"), CceError.INVALID_REQUEST);
		call(cce().createNodeInvoker(node(STD_C, "sdk-busy")));
		cce(refusal(() -> call(cce().deleteClusterInvoker(new DeleteClusterRequest().withClusterId(STD_C))), 429,
				"CCE.01429002", "Resource locked by other requests"), CceError.RESOURCE_LOCKED);
	}

	private static CreateNodeRequest node(String cluster, String name) {
		return new CreateNodeRequest().withClusterId(cluster)
			.withBody(new NodeCreateRequest().withKind("Node")
				.withApiVersion("v3")
				.withMetadata(new NodeMetadata().withName(name))
				.withSpec(new NodeSpec().withFlavor("c7.large.2")
					.withAz("cn-north-4a")
					.withLogin(new Login().withSshKey("KeyPair-001"))
					.withRootVolume(new Volume().withVolumetype("SAS").withSize(50))
					.withDataVolumes(List.of(new Volume().withVolumetype("SAS").withSize(100)))
					.withCount(1)));
	}

	private static void cce(ClientRequestException ex, CceError error) {
		assertThat(ex.getHttpStatusCode()).isEqualTo(error.status().value());
		assertThat(ex.getErrorCode()).isEqualTo(error.sdkCode());
		assertThat(ex.getErrorMsg()).isEqualTo(error.sdkMessage());
	}

}
