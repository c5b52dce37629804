package io.cceemulator.clusterlifecycle;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.cceemulator.cluster.ClusterView;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/**
 * UpdateCluster: the cluster exists and is not being created or deleted; then each field of the body in turn. The
 * container CIDR blocks and the ENI subnets only grow: {@code containerNetwork.cidrs} lists blocks to add (VPC-routed
 * clusters only, as CCE's API reference says), {@code eniNetwork.subnets} the whole new list, which keeps every
 * subnet the cluster has (Terraform sends it so).
 */
@Service
class ClusterUpdate {

	private final StateStore store;

	ClusterUpdate(StateStore store) {
		this.store = store;
	}

	ClusterView update(String projectId, String clusterId, ClusterUpdateRequest request) {
		return this.store.write(projectId, (tx) -> accept(tx, clusterId, request));
	}

	private static ClusterView accept(Tx tx, String clusterId, ClusterUpdateRequest request) {
		Cluster cluster = ClusterGuards.cluster(tx.state(), clusterId);
		ClusterGuards.settled(cluster, "updated");
		ClusterUpdateRequest.Spec spec = request.spec();
		Cluster.Settings s = cluster.settings();
		String alias = (request.metadata() != null && request.metadata().alias() != null) ? request.metadata().alias()
				: s.alias();
		String description = (spec.description() != null) ? spec.description() : cluster.description();
		ClusterChecks.customSan("spec.customSan", spec.customSan());
		List<String> sans = (spec.customSan() != null) ? spec.customSan() : s.customSan();
		List<String> cidrs = containerCidrs(cluster, spec.containerNetwork());
		List<String> subnets = eniSubnets(cluster, spec.eniNetwork());
		String securityGroup = cluster.securityGroup();
		if (spec.hostNetwork() != null && spec.hostNetwork().securityGroup() != null) {
			ClusterChecks.id("spec.hostNetwork.SecurityGroup", spec.hostNetwork().securityGroup());
			securityGroup = spec.hostNetwork().securityGroup();
		}
		boolean protection = (spec.deletionProtection() != null) ? spec.deletionProtection() : s.deletionProtection();
		Cluster.Settings changed = new Cluster.Settings(s.type(), alias, s.kubernetesSvcIpRange(), s.kubeProxyMode(),
				s.authenticationMode(), s.billingMode(), cidrs, subnets, s.eniSubnetCidr(), sans, protection,
				s.masters(), s.extendParam(), s.labels(), s.annotations(), s.timezone(), s.jobId());
		Cluster updated = cluster.updated(description, securityGroup, changed, tx.now());
		tx.put(updated);
		return ClusterView.of(updated);
	}

	/**
	 * The blocks after the first, with those the request adds. CCE's {@code cidrs} are the blocks to add, and
	 * Terraform sends only those; a block the cluster has already (a client sending the whole list) is no change.
	 */
	private static List<String> containerCidrs(Cluster cluster, ClusterUpdateRequest.ContainerNetwork network) {
		List<String> current = new ArrayList<>();
		if (!cluster.containerCidr().isEmpty()) {
			current.add(cluster.containerCidr());
		}
		current.addAll(cluster.settings().containerCidrs());
		if (network == null || network.cidrs() == null
				|| current.containsAll(network.cidrs().stream().map(ClusterCreateRequest.Cidr::cidr).toList())) {
			return cluster.settings().containerCidrs();
		}
		if (!"vpc-router".equals(cluster.containerNetworkMode())) {
			throw CceException.invalid("spec.containerNetwork.cidrs: only a vpc-router cluster takes more container "
					+ "CIDR blocks; cluster " + cluster.id() + " is " + cluster.containerNetworkMode());
		}
		long[] service = ClusterChecks.cidr("spec.kubernetesSvcIpRange", cluster.settings().kubernetesSvcIpRange(), 0, 32);
		List<String> all = new ArrayList<>(current);
		for (int i = 0; i < network.cidrs().size(); i++) {
			String field = "spec.containerNetwork.cidrs[" + i + "].cidr";
			String cidr = network.cidrs().get(i).cidr();
			if (all.contains(cidr) && current.contains(cidr)) {
				continue;
			}
			long[] range = ClusterChecks.cidr(field, cidr, 8, 24);
			if (ClusterChecks.overlap(range, service)) {
				throw CceException.invalid(field + ": " + cidr + " overlaps the Service CIDR "
						+ cluster.settings().kubernetesSvcIpRange());
			}
			for (String other : all) {
				if (ClusterChecks.overlap(range, ClusterChecks.cidr(field, other, 0, 32))) {
					throw CceException.invalid(field + ": " + cidr + " overlaps " + other);
				}
			}
			all.add(cidr);
		}
		if (all.size() > 20) {
			throw CceException.invalid("spec.containerNetwork.cidrs: a cluster has at most 20 blocks; this makes "
					+ all.size());
		}
		return all.subList(1, all.size());
	}

	private static List<String> eniSubnets(Cluster cluster, ClusterUpdateRequest.EniNetwork network) {
		if (network == null || network.subnets() == null) {
			return cluster.settings().eniSubnets();
		}
		if (!cluster.isTurbo()) {
			throw CceException.invalid("spec.eniNetwork.subnets: only Turbo clusters have ENI subnets");
		}
		List<String> wanted = new ArrayList<>();
		for (int i = 0; i < network.subnets().size(); i++) {
			String id = network.subnets().get(i).subnetID();
			ClusterChecks.id("spec.eniNetwork.subnets[" + i + "].subnetID", id);
			if (wanted.contains(id)) {
				throw CceException.invalid("spec.eniNetwork.subnets[" + i + "].subnetID: " + id + " is listed twice");
			}
			wanted.add(id);
		}
		List<String> current = cluster.settings().eniSubnets().isEmpty() ? List.of(cluster.subnet())
				: cluster.settings().eniSubnets();
		if (!wanted.containsAll(current)) {
			throw CceException.invalid("spec.eniNetwork.subnets: must keep the cluster's subnets " + current
					+ "; CCE only adds ENI subnets");
		}
		return wanted;
	}

}
