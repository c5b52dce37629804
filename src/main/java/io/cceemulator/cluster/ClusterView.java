package io.cceemulator.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.cceemulator.state.Cluster;
import io.cceemulator.system.GoTime;

/**
 * The CCE v3 {@code Cluster} body, with the field names and nesting of the real API; the cluster lifecycle answers
 * with it too.
 */
public record ClusterView(String kind, String apiVersion, Metadata metadata, Spec spec, Status status) {

	/** Where the API server answers inside the VPC; the data gives no subnet range to take an address from. */
	public static final String INTERNAL_ENDPOINT = "https://192.168.0.10:5443";

	/** The extendParam key of the EIP bound to the API server, which makes it reachable from outside the VPC. */
	public static final String EXTERNAL_IP = "clusterExternalIP";

	record Metadata(String name, String uid, String alias, String creationTimestamp, String updateTimestamp,
			Map<String, String> annotations, Map<String, String> labels, String timezone) {
	}

	record Spec(String category, String type, String flavor, String version, String platformVersion,
			String description, List<String> customSan, boolean ipv6enable, HostNetwork hostNetwork,
			ContainerNetwork containerNetwork, @JsonInclude(JsonInclude.Include.NON_NULL) EniNetwork eniNetwork,
			ServiceNetwork serviceNetwork, Authentication authentication, int billingMode, List<Master> masters,
			String kubernetesSvcIpRange,
			String kubeProxyMode, String az, Map<String, String> extendParam, boolean deletionProtection) {
	}

	record HostNetwork(String vpc, String subnet, @JsonProperty("SecurityGroup") String securityGroup) {
	}

	record ContainerNetwork(String mode, String cidr, List<Cidr> cidrs) {
	}

	record Cidr(String cidr) {
	}

	record EniNetwork(String eniSubnetId, String eniSubnetCIDR, List<Subnet> subnets) {
	}

	record Subnet(String subnetID) {
	}

	record ServiceNetwork(@JsonProperty("IPv4CIDR") String ipv4Cidr) {
	}

	record Authentication(String mode) {
	}

	record Master(String availabilityZone) {
	}

	record Status(String phase, @JsonProperty("jobID") @JsonInclude(JsonInclude.Include.NON_NULL) String jobId,
			List<Endpoint> endpoints) {
	}

	record Endpoint(String url, String type) {
	}

	record ClusterList(String kind, String apiVersion, List<ClusterView> items) {
	}

	public static ClusterView of(Cluster c) {
		Cluster.Settings s = c.settings();
		Metadata metadata = new Metadata(c.name(), c.id(), (s.alias() != null) ? s.alias() : c.name(),
				GoTime.format(c.created()), GoTime.format(c.updated()), s.annotations(), s.labels(), s.timezone());
		List<Cidr> cidrs = new ArrayList<>();
		if (c.containerCidr() != null && !c.containerCidr().isEmpty()) {
			cidrs.add(new Cidr(c.containerCidr()));
		}
		s.containerCidrs().forEach((cidr) -> cidrs.add(new Cidr(cidr)));
		Map<String, String> extend = new TreeMap<>(s.extendParam());
		extend.putIfAbsent("clusterAZ", c.az());
		Spec spec = new Spec(c.category(), s.type(), c.flavor(), c.version(), "cce.10.0",
				(c.description() != null) ? c.description() : "", s.customSan(), c.ipv6(),
				new HostNetwork(c.vpc(), c.subnet(), c.securityGroup()),
				new ContainerNetwork(c.containerNetworkMode(), c.containerCidr(), cidrs), c.isTurbo() ? eni(c) : null,
				new ServiceNetwork(s.kubernetesSvcIpRange()), new Authentication(s.authenticationMode()), s.billingMode(),
				s.masters().stream().map(Master::new).toList(), s.kubernetesSvcIpRange(), s.kubeProxyMode(), c.az(),
				extend, s.deletionProtection());
		List<Endpoint> endpoints = new ArrayList<>();
		endpoints.add(new Endpoint(INTERNAL_ENDPOINT, "Internal"));
		externalEndpoint(c).ifPresent((url) -> endpoints.add(new Endpoint(url, "External")));
		return new ClusterView("Cluster", "v3", metadata, spec, new Status(c.phase(), s.jobId(), endpoints));
	}

	/** The API server's address through the cluster's EIP, when one is bound. */
	public static Optional<String> externalEndpoint(Cluster c) {
		String ip = c.settings().extendParam().get(EXTERNAL_IP);
		return (ip != null && !ip.isBlank()) ? Optional.of("https://" + ip + ":5443")
				: Optional.empty();
	}

	/** A Turbo cluster's ENI subnets: the data's subnet stands in when none were given. */
	private static EniNetwork eni(Cluster c) {
		List<String> subnets = c.settings().eniSubnets().isEmpty() ? List.of(c.subnet()) : c.settings().eniSubnets();
		String cidr = (c.settings().eniSubnetCidr() != null) ? c.settings().eniSubnetCidr() : "192.168.0.0/18";
		return new EniNetwork(subnets.get(0), cidr, subnets.stream().map(Subnet::new).toList());
	}

}
