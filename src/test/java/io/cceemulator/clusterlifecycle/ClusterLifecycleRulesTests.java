package io.cceemulator.clusterlifecycle;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.support.StateFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The cluster lifecycle's rules and certificates as plain code, with no server. */
class ClusterLifecycleRulesTests {

	private static ClusterCreateRequest request(String name, String category, String mode, String cidr) {
		return new ClusterCreateRequest("Cluster", "v3", new ClusterCreateRequest.Metadata(name, null, null, null, null),
				new ClusterCreateRequest.Spec(category, null, "cce.s2.small", null, null, null, null,
						new ClusterCreateRequest.HostNetwork("vpc-1", "subnet-1", null),
						new ClusterCreateRequest.ContainerNetwork(mode, cidr, null),
						"eni".equals(mode) ? new ClusterCreateRequest.EniNetwork(null, null,
								List.of(new ClusterCreateRequest.Subnet("subnet-eni"))) : null,
						null, null, null, null, null, null, null, Map.of("clusterAZ", "az9", "ignored", Map.of()), null));
	}

	@Test
	void draftsAClusterWithCcesDefaults() {
		Cluster draft = ClusterDraft.of("p", request("draft-one", null, "vpc-router", "172.16.0.0/16"));
		assertThat(draft.category()).isEqualTo("CCE");
		assertThat(draft.version()).isEqualTo("v1.31");
		assertThat(draft.phase()).isEqualTo(Cluster.CREATING);
		assertThat(draft.az()).isEqualTo("az9");
		assertThat(draft.securityGroup()).isEqualTo("sg-" + draft.id().substring(0, 8));
		assertThat(draft.settings().extendParam()).containsOnlyKeys("clusterAZ");
		assertThat(draft.settings().kubernetesSvcIpRange()).isEqualTo("10.247.0.0/16");
	}

	@Test
	void takesACategorylessEniClusterForTurboAndRefusesEniForStandard() {
		Cluster turbo = ClusterDraft.of("p", request("eni-one", null, "eni", null));
		assertThat(turbo.isTurbo()).isTrue();
		assertThat(turbo.settings().eniSubnets()).containsExactly("subnet-eni");
		CceException ex = catchThrowableOfType(CceException.class,
				() -> ClusterDraft.of("p", request("eni-three", "CCE", "eni", null)));
		assertThat(ex.error()).isEqualTo(CceError.INVALID_REQUEST);
		assertThat(ex.getMessage()).contains("eni is for Turbo clusters");
	}

	@Test
	void refusesAContainerCidrThatIsNotTheStartOfItsBlock() {
		CceException ex = catchThrowableOfType(CceException.class,
				() -> ClusterDraft.of("p", request("cidr-one", null, "overlay_l2", "172.16.1.0/16")));
		assertThat(ex.getMessage()).isEqualTo("spec.containerNetwork.cidr: 172.16.1.0/16 is not the start of its block");
	}

	@Test
	void writesCertificatesThatOutliveTheYear2049() throws Exception {
		Cluster cluster = StateFixtures.cluster("c1", "vpc-1");
		Instant from = Instant.parse("2049-06-01T00:00:00Z");
		Kubeconfig config = ClusterCerts.kubeconfig(cluster, from, from.plus(Duration.ofDays(1827)));
		byte[] pem = Base64.getDecoder().decode(config.users().get(0).user().clientCertificateData());
		X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(pem));
		assertThat(cert.getNotBefore().toInstant()).isEqualTo(from);
		assertThat(cert.getNotAfter().toInstant()).isEqualTo(from.plus(Duration.ofDays(1827)));
		assertThat(config.currentContext()).isEqualTo("internal");
	}

}
