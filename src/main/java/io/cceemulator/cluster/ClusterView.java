package io.cceemulator.cluster;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.cceemulator.state.Cluster;
import io.cceemulator.system.GoTime;

/** The CCE v3 {@code Cluster} body, with the field names and nesting of the real API. */
record ClusterView(String kind, String apiVersion, Metadata metadata, Spec spec, Status status) {

	record Metadata(String name, String uid, String alias, String creationTimestamp, String updateTimestamp,
			Map<String, String> annotations, Map<String, String> labels) {
	}

	record Spec(String category, String type, String flavor, String version, String platformVersion,
			String description, boolean ipv6enable, HostNetwork hostNetwork, ContainerNetwork containerNetwork,
			EniNetwork eniNetwork, Authentication authentication, int billingMode, String kubernetesSvcIpRange,
			String kubeProxyMode, String az, Map<String, String> extendParam) {
	}

	record HostNetwork(String vpc, String subnet, @JsonProperty("SecurityGroup") String securityGroup) {
	}

	record ContainerNetwork(String mode, String cidr) {
	}

	record EniNetwork(String eniSubnetId, String eniSubnetCIDR) {
	}

	record Authentication(String mode) {
	}

	record Status(String phase, List<Endpoint> endpoints) {
	}

	record Endpoint(String url, String type) {
	}

	record ClusterList(String kind, String apiVersion, List<ClusterView> items) {
	}

	static ClusterView of(Cluster c) {
		Metadata metadata = new Metadata(c.name(), c.id(), c.name(), GoTime.format(c.created()),
				GoTime.format(c.updated()), Map.of(), Map.of());
		Spec spec = new Spec(c.category(), "VirtualMachine", c.flavor(), c.version(), "cce.10.0",
				(c.description() != null) ? c.description() : "", c.ipv6(),
				new HostNetwork(c.vpc(), c.subnet(), c.securityGroup()),
				new ContainerNetwork(c.containerNetworkMode(), c.containerCidr()),
				c.isTurbo() ? new EniNetwork(c.subnet(), "192.168.0.0/18") : null, new Authentication("rbac"), 0,
				"10.247.0.0/16", "iptables", c.az(), Map.of("clusterAZ", c.az()));
		Status status = new Status(c.phase(),
				List.of(new Endpoint("https://192.168.0.10:5443", "Internal")));
		return new ClusterView("Cluster", "v3", metadata, spec, status);
	}

}
