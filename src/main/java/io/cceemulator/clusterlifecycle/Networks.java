package io.cceemulator.clusterlifecycle;

import java.util.ArrayList;
import java.util.List;

import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;

/**
 * A new cluster's networks, checked as CCE checks them: the container network's mode fits the category (Turbo's
 * pods get ENIs, a Standard cluster's an overlay or VPC routes), its CIDR blocks are well formed and overlap neither
 * each other nor the Service CIDR, and a Turbo cluster names its ENI subnets.
 */
record Networks(String mode, String containerCidr, List<String> moreContainerCidrs, List<String> eniSubnets,
		String eniSubnetCidr, String serviceCidr) {

	static Networks of(ClusterCreateRequest.Spec spec, boolean turbo) {
		String mode = spec.containerNetwork().mode();
		if (!List.of("overlay_l2", "vpc-router", "eni").contains(mode)) {
			throw CceException.invalid("spec.containerNetwork.mode: must be overlay_l2, vpc-router or eni, got '"
					+ mode + "'");
		}
		if (turbo != mode.equals("eni")) {
			throw CceException.invalid("spec.containerNetwork.mode: " + (turbo ? "a Turbo cluster's pods use eni"
					: "eni is for Turbo clusters; a CCE cluster uses overlay_l2 or vpc-router") + ", got '" + mode + "'");
		}
		String service = serviceCidr(spec);
		long[] serviceRange = ClusterChecks.cidr(fieldOfService(spec), service, 12, 24);
		List<String> cidrs = containerCidrs(spec, turbo);
		List<long[]> ranges = new ArrayList<>();
		for (int i = 0; i < cidrs.size(); i++) {
			String field = (spec.containerNetwork().cidrs() != null) ? "spec.containerNetwork.cidrs[" + i + "].cidr"
					: "spec.containerNetwork.cidr";
			long[] range = ClusterChecks.cidr(field, cidrs.get(i), 8, 24);
			if (ClusterChecks.overlap(range, serviceRange)) {
				throw CceException.invalid(field + ": " + cidrs.get(i) + " overlaps the Service CIDR " + service);
			}
			for (int j = 0; j < ranges.size(); j++) {
				if (ClusterChecks.overlap(range, ranges.get(j))) {
					throw CceException.invalid(field + ": " + cidrs.get(i) + " overlaps " + cidrs.get(j));
				}
			}
			ranges.add(range);
		}
		List<String> eni = eniSubnets(spec, turbo);
		String eniCidr = (spec.eniNetwork() != null) ? spec.eniNetwork().eniSubnetCIDR() : null;
		if (eniCidr != null && !eniCidr.isEmpty()) {
			ClusterChecks.cidr("spec.eniNetwork.eniSubnetCIDR", eniCidr, 8, 29);
		}
		return new Networks(mode, cidrs.isEmpty() ? "" : cidrs.get(0),
				cidrs.isEmpty() ? List.of() : cidrs.subList(1, cidrs.size()), eni,
				(eniCidr != null && !eniCidr.isEmpty()) ? eniCidr : null, service);
	}

	private static String serviceCidr(ClusterCreateRequest.Spec spec) {
		if (spec.serviceNetwork() != null && spec.serviceNetwork().ipv4Cidr() != null) {
			return spec.serviceNetwork().ipv4Cidr();
		}
		return (spec.kubernetesSvcIpRange() != null && !spec.kubernetesSvcIpRange().isEmpty())
				? spec.kubernetesSvcIpRange() : Cluster.Settings.DEFAULT_SERVICE_CIDR;
	}

	private static String fieldOfService(ClusterCreateRequest.Spec spec) {
		return (spec.serviceNetwork() != null && spec.serviceNetwork().ipv4Cidr() != null)
				? "spec.serviceNetwork.IPv4CIDR" : "spec.kubernetesSvcIpRange";
	}

	/** {@code cidrs} when given (v1.21 on), else {@code cidr}; an overlay or VPC-routed network needs one. */
	private static List<String> containerCidrs(ClusterCreateRequest.Spec spec, boolean turbo) {
		ClusterCreateRequest.ContainerNetwork network = spec.containerNetwork();
		List<String> cidrs = new ArrayList<>();
		if (network.cidrs() != null && !network.cidrs().isEmpty()) {
			network.cidrs().forEach((c) -> cidrs.add(c.cidr()));
			if (cidrs.size() > 20) {
				throw CceException.invalid("spec.containerNetwork.cidrs: at most 20 blocks, got " + cidrs.size());
			}
		}
		else if (network.cidr() != null && !network.cidr().isEmpty()) {
			cidrs.add(network.cidr());
		}
		else if (!turbo) {
			throw CceException.invalid("spec.containerNetwork.cidr: is required for " + network.mode());
		}
		return cidrs;
	}

	/** A Turbo cluster's ENI subnets: {@code subnets}, else {@code eniSubnetId}; a Standard cluster has none. */
	private static List<String> eniSubnets(ClusterCreateRequest.Spec spec, boolean turbo) {
		ClusterCreateRequest.EniNetwork eni = spec.eniNetwork();
		List<String> subnets = new ArrayList<>();
		if (eni != null && eni.subnets() != null && !eni.subnets().isEmpty()) {
			for (int i = 0; i < eni.subnets().size(); i++) {
				ClusterChecks.id("spec.eniNetwork.subnets[" + i + "].subnetID", eni.subnets().get(i).subnetID());
				subnets.add(eni.subnets().get(i).subnetID());
			}
		}
		else if (eni != null && eni.eniSubnetId() != null && !eni.eniSubnetId().isEmpty()) {
			ClusterChecks.id("spec.eniNetwork.eniSubnetId", eni.eniSubnetId());
			subnets.add(eni.eniSubnetId());
		}
		if (turbo && subnets.isEmpty()) {
			throw CceException.invalid("spec.eniNetwork: a Turbo cluster needs the subnets its pods' ENIs are in "
					+ "(subnets or eniSubnetId)");
		}
		if (!turbo && !subnets.isEmpty()) {
			throw CceException.invalid("spec.eniNetwork: only Turbo clusters have ENI subnets");
		}
		return subnets;
	}

}
