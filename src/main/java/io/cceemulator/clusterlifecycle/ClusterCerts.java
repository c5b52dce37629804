package io.cceemulator.clusterlifecycle;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.stereotype.Service;

import io.cceemulator.cluster.ClusterView;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.StateStore;
import io.cceemulator.system.VirtualClock;

/**
 * CreateKubernetesClusterCert: a kubeconfig for the cluster with a new CA and a new client certificate, valid for
 * the days asked for (1 to 1,827, or -1 for the most, 1,827) or until {@code expire_at}. Nothing is kept: every call issues new keys, as every
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

	/**
	 * The body: {@code duration} in days (golangsdk marks it required), or, in newer API references,
	 * {@code expire_at} in Go's time format, which wins when both are given.
	 */
	record CertDuration(Integer duration, @JsonProperty("expire_at") String expireAt) {
	}

	/** A kubeconfig with the port id of the cluster's control plane, which the answer's {@code Port-ID} header names. */
	record Issued(Kubeconfig kubeconfig, String portId) {
	}

	private static final DateTimeFormatter EXPIRE_AT = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss")
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
		.optionalEnd()
		.appendLiteral(" +0000 UTC")
		.toFormatter();

	Issued issue(String projectId, String clusterId, CertDuration body) {
		Integer days = (body != null) ? body.duration() : null;
		String expireAt = (body != null && body.expireAt() != null && !body.expireAt().isEmpty()) ? body.expireAt()
				: null;
		if (days == null && expireAt == null) {
			throw CceException.invalid("duration: is required (days, 1 to " + MAX_DAYS + ", or -1 for " + MAX_DAYS
					+ "), unless expire_at is given");
		}
		if (expireAt == null && days != -1 && (days < 1 || days > MAX_DAYS)) {
			throw CceException.invalid("duration: must be between 1 and " + MAX_DAYS + " days, or -1 for " + MAX_DAYS
					+ "; got " + days);
		}
		Instant now = this.clock.instant();
		Instant until = (expireAt != null) ? expiry(expireAt, now)
				: now.plus(Duration.ofDays((days == -1) ? MAX_DAYS : days));
		Cluster cluster = ClusterGuards.cluster(this.store.read(projectId), clusterId);
		ClusterGuards.settled(cluster, "given a certificate");
		return new Issued(kubeconfig(cluster, now, until),
				UUID.nameUUIDFromBytes(("control-plane-port/" + cluster.id()).getBytes(StandardCharsets.UTF_8)).toString());
	}

	/** {@code expire_at}: 15 minutes to 5 years (1,827 days) from now, in Go's format. */
	private static Instant expiry(String text, Instant now) {
		Instant at;
		try {
			at = LocalDateTime.parse(text, EXPIRE_AT).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw CceException.invalid("expire_at: '" + text + "' is not a time such as 2025-01-01 16:00:00 +0000 UTC");
		}
		if (at.isBefore(now.plus(Duration.ofMinutes(15))) || at.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
			throw CceException.invalid("expire_at: " + text + " must be 15 minutes to 5 years from now");
		}
		return at;
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
