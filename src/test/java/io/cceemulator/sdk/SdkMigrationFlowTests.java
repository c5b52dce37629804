package io.cceemulator.sdk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.Cluster;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import com.huaweicloud.sdk.cce.v3.model.ListNodesRequest;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodeResponse;
import com.huaweicloud.sdk.cce.v3.model.Node;
import com.huaweicloud.sdk.cce.v3.model.ShowClusterRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowClusterResponse;
import com.huaweicloud.sdk.cce.v3.model.ShowJobRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowJobResponse;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;

import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.NODE_A2;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.OTHER_PROJECT_CLUSTER;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The official SDK 3.1.130, unmodified and signing with AK/SK, against the running emulator. */
class SdkMigrationFlowTests extends SdkTest {

	private List<String> nodeIds(CceClient cce, String clusterId) {
		return call(cce.listNodesInvoker(new ListNodesRequest().withClusterId(clusterId))).getItems()
			.stream()
			.map(Node::getMetadata)
			.map((metadata) -> metadata.getUid())
			.toList();
	}

	private static List<String> clusterIds(List<Cluster> clusters) {
		return clusters.stream().map(Cluster::getMetadata).map((metadata) -> metadata.getUid()).toList();
	}

	@Test
	void migratesNodesAndPollsTheJobThroughInitializingAndRunningToSuccess() {
		this.clock.freeze();
		CceClient cce = cce();
		assertThat(nodeIds(cce, STD_A)).contains(NODE_A1, NODE_A2);
		assertThat(nodeIds(cce, STD_B)).doesNotContain(NODE_A1, NODE_A2);

		MigrateNodeResponse accepted = call(cce.migrateNodeInvoker(SdkClients.migrate(STD_A, STD_B, NODE_A1, NODE_A2)));
		assertThat(accepted.getHttpStatusCode()).isEqualTo(200);
		String jobId = accepted.getStatus().getJobID();
		assertThat(jobId).isNotBlank();
		assertThat(accepted.getSpec().getNodes()).hasSize(2);

		List<String> phases = new ArrayList<>();
		for (int poll = 0; poll < 10 && !phases.contains("Success"); poll++) {
			ShowJobResponse job = call(cce.showJobInvoker(new ShowJobRequest().withJobId(jobId)));
			assertThat(job.getMetadata().getUid()).isEqualTo(jobId);
			phases.add(job.getStatus().getPhase());
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(phases).first().isEqualTo("Initializing");
		assertThat(phases).contains("Running").last().isEqualTo("Success");

		assertThat(nodeIds(cce, STD_B)).contains(NODE_A1, NODE_A2);
		assertThat(nodeIds(cce, STD_A)).doesNotContain(NODE_A1, NODE_A2);
	}

	@Test
	void showsAClusterAndListsOnlyTheProjectsClusters() {
		CceClient cce = cce();
		ShowClusterResponse cluster = call(
				cce.showClusterInvoker(new ShowClusterRequest().withClusterId(STD_A).withDetail("true")));
		assertThat(cluster.getMetadata().getUid()).isEqualTo(STD_A);
		assertThat(cluster.getMetadata().getName()).isEqualTo("std-a-v123");
		assertThat(cluster.getStatus().getPhase()).isEqualTo("Available");

		List<String> ids = clusterIds(call(cce.listClustersInvoker(new ListClustersRequest())).getItems());
		assertThat(ids).contains(STD_A, STD_B).doesNotContain(OTHER_PROJECT_CLUSTER);
		CceClient teamB = cce(DefaultCredentials.AK_B, DefaultCredentials.SK_B, OTHER_PROJECT);
		assertThat(clusterIds(call(teamB.listClustersInvoker(new ListClustersRequest())).getItems()))
			.containsExactly(OTHER_PROJECT_CLUSTER);
	}

	/** Plain calls sign with the system time, which works while the emulator's clock follows it. */
	@Test
	void worksWithPlainCallsWhileTheEmulatorsClockIsReal() {
		this.clock.advanceTo(Instant.now());
		assumeTrue(Duration.between(Instant.now(), this.clock.instant()).abs().compareTo(Duration.ofMinutes(10)) < 0,
				"an earlier test moved the emulator's clock far ahead of the system clock");
		CceClient cce = cce();
		assertThat(cce.showCluster(new ShowClusterRequest().withClusterId(STD_A)).getMetadata().getUid())
			.isEqualTo(STD_A);
		assertThat(clusterIds(cce.listClusters(new ListClustersRequest()).getItems())).contains(STD_A);
		assertThat(cce.listNodes(new ListNodesRequest().withClusterId(STD_A)).getItems()).isNotEmpty();
	}

}
