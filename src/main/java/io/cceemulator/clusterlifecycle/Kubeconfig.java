package io.cceemulator.clusterlifecycle;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CreateKubernetesClusterCert's answer: a kubeconfig (the SDK's CreateKubernetesClusterCertResponse), with CCE's
 * names for its entries: {@code internalCluster} through the VPC, and with an EIP bound {@code externalCluster}
 * (TLS unchecked) and {@code externalClusterTLSVerify}, one context each, one user.
 */
record Kubeconfig(String kind, String apiVersion, Map<String, Object> preferences, List<NamedCluster> clusters,
		List<NamedUser> users, List<NamedContext> contexts, @JsonProperty("current-context") String currentContext) {

	record NamedCluster(String name, ClusterEntry cluster) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ClusterEntry(String server, @JsonProperty("certificate-authority-data") String certificateAuthorityData,
			@JsonProperty("insecure-skip-tls-verify") Boolean insecureSkipTlsVerify) {
	}

	record NamedUser(String name, UserEntry user) {
	}

	record UserEntry(@JsonProperty("client-certificate-data") String clientCertificateData,
			@JsonProperty("client-key-data") String clientKeyData) {
	}

	record NamedContext(String name, ContextEntry context) {
	}

	record ContextEntry(String cluster, String user) {
	}

}
