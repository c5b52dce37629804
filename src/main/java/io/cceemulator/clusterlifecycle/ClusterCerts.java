package io.cceemulator.clusterlifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.cceemulator.cluster.ClusterView;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.StateStore;
import io.cceemulator.system.VirtualClock;

/**
 * CreateKubernetesClusterCert: a kubeconfig for the cluster with a new CA and a new client certificate, valid for
 * the days asked for (1 to 1,827, or -1 for the most, 1,827). Nothing is kept: every call issues new keys, as every
 * call to CCE does, and none of them is any credential the emulator checks.
 */
@Service
class ClusterCerts {

	static final int MAX_DAYS = 1827;

	private final StateStore store;

	private final VirtualClock clock;

	ClusterCerts(StateStore store, VirtualClock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The body's one field; golangsdk marks it required. */
	record CertDuration(Integer duration) {
	}

	Kubeconfig issue(String projectId, String clusterId, CertDuration body) {
		Integer days = (body != null) ? body.duration() : null;
		if (days == null) {
			throw CceException.invalid("duration: is required (days, 1 to " + MAX_DAYS + ", or -1 for " + MAX_DAYS + ")");
		}
		if (days != -1 && (days < 1 || days > MAX_DAYS)) {
			throw CceException.invalid("duration: must be between 1 and " + MAX_DAYS + " days, or -1 for " + MAX_DAYS
					+ "; got " + days);
		}
		Cluster cluster = ClusterGuards.cluster(this.store.read(projectId), clusterId);
		ClusterGuards.settled(cluster, "given a certificate");
		Instant now = this.clock.instant();
		Instant until = now.plus(Duration.ofDays((days == -1) ? MAX_DAYS : days));
		return kubeconfig(cluster, now, until);
	}

	static Kubeconfig kubeconfig(Cluster cluster, Instant from, Instant until) {
		Certificates.Issued ca = Certificates.authority("cce-" + cluster.id(), from, until);
		Certificates.Issued client = Certificates.client(ca, "system:masters", "cce-user-" + cluster.name(), from,
				until);
		List<Kubeconfig.NamedCluster> clusters = new ArrayList<>();
		List<Kubeconfig.NamedContext> contexts = new ArrayList<>();
		clusters.add(new Kubeconfig.NamedCluster("internalCluster",
				new Kubeconfig.ClusterEntry(ClusterView.INTERNAL_ENDPOINT, ca.certificateData(), null)));
		contexts.add(context("internal", "internalCluster"));
		Optional<String> external = ClusterView.externalEndpoint(cluster);
		external.ifPresent((url) -> {
			clusters.add(new Kubeconfig.NamedCluster("externalCluster", new Kubeconfig.ClusterEntry(url, null, true)));
			clusters.add(new Kubeconfig.NamedCluster("externalClusterTLSVerify",
					new Kubeconfig.ClusterEntry(url, ca.certificateData(), null)));
			contexts.add(context("external", "externalCluster"));
			contexts.add(context("externalTLSVerify", "externalClusterTLSVerify"));
		});
		return new Kubeconfig("Config", "v1", Map.of(), clusters,
				List.of(new Kubeconfig.NamedUser("user",
						new Kubeconfig.UserEntry(client.certificateData(), client.keyData()))),
				contexts, external.isPresent() ? "external" : "internal");
	}

	private static Kubeconfig.NamedContext context(String name, String cluster) {
		return new Kubeconfig.NamedContext(name, new Kubeconfig.ContextEntry(cluster, "user"));
	}

}
