package io.cceemulator.clusterlifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.cceemulator.cluster.ClusterView;
import io.cceemulator.error.CceException;
import io.cceemulator.nodelifecycle.RequestChecks;
import io.cceemulator.state.Cluster;
import io.cceemulator.system.Ids;

/** CreateCluster's body turned into the cluster it asks for, each field checked in the body's order. */
final class ClusterDraft {

	private static final Pattern STANDARD_FLAVOR = Pattern.compile("^cce\\.(dec\\.)?s[12]\\.(small|medium|large|xlarge)$");

	private static final Pattern TURBO_FLAVOR = Pattern.compile("^cce\\.(dec\\.)?[st][12]\\.(small|medium|large|xlarge)$");

	private static final Set<String> EXTEND_KEYS_KEPT = Set.of("clusterAZ", "clusterExternalIP", "enterpriseProjectId",
			"kubeProxyMode", "alpha.cce/fixPoolMask", "kubernetes.io/cpuManagerPolicy", "upgradefrom", "orderID",
			"periodType", "periodNum", "isAutoRenew", "isAutoPay", "dssMasterVolumes", "decMasterFlavor",
			"dockerUmaskMode");

	private ClusterDraft() {
	}

	/** The cluster the request asks for, its fields checked in the request's order; not yet in any state. */
	static Cluster of(String projectId, ClusterCreateRequest request) {
		RequestChecks.envelope(request.apiVersion(), request.kind(), "Cluster");
		String name = request.metadata().name();
		if (!ClusterChecks.NAME.matcher(name).matches()) {
			throw CceException.invalid("metadata.name: '" + name + "' must be 4 to 128 characters of lower-case "
					+ "letters, digits and hyphens, start with a letter and not end with a hyphen");
		}
		ClusterCreateRequest.Spec spec = request.spec();
		// Terraform's huaweicloud_cce_cluster sends no category: CCE tells a Turbo cluster by its ENI network
		String category = (spec.category() != null && !spec.category().isEmpty()) ? spec.category()
				: "eni".equals(spec.containerNetwork().mode()) ? Cluster.TURBO : "CCE";
		if (!category.equals("CCE") && !category.equals(Cluster.TURBO)) {
			throw CceException.invalid("spec.category: must be CCE or Turbo, got '" + category + "'");
		}
		boolean turbo = category.equals(Cluster.TURBO);
		String type = (spec.type() != null) ? spec.type() : "VirtualMachine";
		if (!type.equals("VirtualMachine") && !type.equals("ARM64")) {
			throw CceException.invalid("spec.type: must be VirtualMachine or ARM64, got '" + type + "'");
		}
		if (!(turbo ? TURBO_FLAVOR : STANDARD_FLAVOR).matcher(spec.flavor()).matches()) {
			throw CceException.invalid("spec.flavor: '" + spec.flavor() + "' is not a " + category + " cluster flavor"
					+ " such as cce.s1.small, cce.s2.medium or cce.s2.xlarge");
		}
		String version = (spec.version() != null && !spec.version().isEmpty()) ? spec.version()
				: ClusterCreation.VERSIONS.get(ClusterCreation.VERSIONS.size() - 1);
		ClusterCreateRequest.HostNetwork host = spec.hostNetwork();
		ClusterChecks.id("spec.hostNetwork.vpc", host.vpc());
		ClusterChecks.id("spec.hostNetwork.subnet", host.subnet());
		String id = Ids.uuid();
		String securityGroup = host.securityGroup();
		if (securityGroup != null && !securityGroup.isEmpty()) {
			ClusterChecks.id("spec.hostNetwork.SecurityGroup", securityGroup);
		}
		else {
			securityGroup = "sg-" + id.substring(0, 8);
		}
		Networks networks = Networks.of(spec, turbo);
		ClusterChecks.customSan("spec.customSan", spec.customSan());
		String auth = (spec.authentication() != null && spec.authentication().mode() != null)
				? spec.authentication().mode() : "rbac";
		if (!auth.equals("rbac") && !auth.equals("authenticating_proxy")) {
			throw CceException.invalid("spec.authentication.mode: must be rbac or authenticating_proxy, got '" + auth + "'");
		}
		int billing = (spec.billingMode() != null) ? spec.billingMode() : 0;
		if (billing != 0 && billing != 1) {
			throw CceException.invalid("spec.billingMode: must be 0 (pay-per-use) or 1 (yearly/monthly), got " + billing);
		}
		List<String> masters = masters(spec);
		String proxy = (spec.kubeProxyMode() != null && !spec.kubeProxyMode().isEmpty()) ? spec.kubeProxyMode()
				: "iptables";
		if (!proxy.equals("iptables") && !proxy.equals("ipvs")) {
			throw CceException.invalid("spec.kubeProxyMode: must be iptables or ipvs, got '" + proxy + "'");
		}
		Map<String, String> extend = extendParam(spec.extendParam());
		String az = (spec.az() != null && !spec.az().isEmpty()) ? spec.az()
				: extend.getOrDefault("clusterAZ", masters.isEmpty() ? "cn-north-4a" : masters.get(0));
		ClusterCreateRequest.Metadata m = request.metadata();
		Cluster.Settings settings = new Cluster.Settings(type, m.alias(), networks.serviceCidr(), proxy, auth, billing,
				networks.moreContainerCidrs(), networks.eniSubnets(), networks.eniSubnetCidr(), spec.customSan(),
				spec.deletionProtection(), masters, extend, m.labels(), m.annotations(),
				(m.timezone() != null && !m.timezone().isEmpty()) ? m.timezone() : null, null);
		return new Cluster(projectId, id, name, category, spec.flavor(), version, host.vpc(), host.subnet(),
				securityGroup, Boolean.TRUE.equals(spec.ipv6enable()), Cluster.CREATING, az, networks.mode(),
				networks.containerCidr(), spec.description(), null, null, settings);
	}

	/** One control plane node for {@code cce.*.s1.*}, three (in one AZ or three) for the HA {@code s2} flavors. */
	private static List<String> masters(ClusterCreateRequest.Spec spec) {
		List<String> azs = new ArrayList<>();
		if (spec.masters() == null) {
			return azs;
		}
		for (int i = 0; i < spec.masters().size(); i++) {
			String az = spec.masters().get(i).availabilityZone();
			if (az == null || az.isBlank()) {
				throw CceException.invalid("spec.masters[" + i + "].availabilityZone: is required");
			}
			azs.add(az);
		}
		boolean single = spec.flavor().contains(".s1.") || spec.flavor().contains(".t1.");
		if (single ? azs.size() > 1 : (azs.size() != 1 && azs.size() != 3 && !azs.isEmpty())) {
			throw CceException.invalid("spec.masters: " + spec.flavor() + " has " + (single ? "one control plane node"
					+ ", so at most one AZ" : "three control plane nodes, in one AZ or in three") + "; got " + azs.size());
		}
		return azs;
	}

	/** extendParam's values as strings (periodNum comes as a number); clusterExternalIP must be an address. */
	private static Map<String, String> extendParam(Map<String, Object> given) {
		Map<String, String> kept = new LinkedHashMap<>();
		if (given == null) {
			return kept;
		}
		given.forEach((key, value) -> {
			if (value != null && EXTEND_KEYS_KEPT.contains(key) && !(value instanceof Map) && !(value instanceof List)) {
				kept.put(key, String.valueOf(value));
			}
		});
		String eip = kept.get(ClusterView.EXTERNAL_IP);
		if (eip != null && !eip.isEmpty() && !ClusterChecks.isIpv4(eip)) {
			throw CceException.invalid("spec.extendParam.clusterExternalIP: '" + eip + "' is not an IPv4 address");
		}
		return kept;
	}

}
