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
 * container CIDR blocks and the ENI subnets only grow: the new list keeps every block or subnet the cluster has, and
 * more container blocks are for VPC-routed clusters only, as CCE's API reference says.
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
		Cluster cluster = ClusterDeletion.cluster(tx.state(), clusterId);
		ClusterDeletion.settled(cluster, "updated");
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
				s.masters(), s.extendParam(), s.labels(), s.annotations(), s.jobId());
		Cluster updated = cluster.updated(description, securityGroup, changed, tx.now());
		tx.put(updated);
		return ClusterView.of(updated);
	}

	/** The blocks after the first: the list must start with the cluster's blocks, in order, and add to them. */
	private static List<String> containerCidrs(Cluster cluster, ClusterUpdateRequest.ContainerNetwork network) {
		List<String> current = new ArrayList<>();
		if (!cluster.containerCidr().isEmpty()) {
			current.add(cluster.containerCidr());
		}
		current.addAll(cluster.settings().containerCidrs());
		if (network == null || network.cidrs() == null) {
			return cluster.settings().containerCidrs();
		}
		List<String> wanted = network.cidrs().stream().map(ClusterCreateRequest.Cidr::cidr).toList();
		if (wanted.equals(current)) {
			return cluster.settings().containerCidrs();
		}
		if (!"vpc-router".equals(cluster.containerNetworkMode())) {
			throw CceException.invalid("spec.containerNetwork.cidrs: only a vpc-router cluster takes more container "
					+ "CIDR blocks; cluster " + cluster.id() + " is " + cluster.containerNetworkMode());
		}
		if (wanted.size() < current.size() || !wanted.subList(0, current.size()).equals(current)) {
			throw CceException.invalid("spec.containerNetwork.cidrs: must keep the cluster's blocks " + current
					+ " first, in order; CCE only adds blocks");
		}
		if (wanted.size() > 20) {
			throw CceException.invalid("spec.containerNetwork.cidrs: at most 20 blocks, got " + wanted.size());
		}
		long[] service = ClusterChecks.cidr("spec.kubernetesSvcIpRange", cluster.settings().kubernetesSvcIpRange(), 0, 32);
		List<long[]> ranges = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			String field = "spec.containerNetwork.cidrs[" + i + "].cidr";
			long[] range = ClusterChecks.cidr(field, wanted.get(i), 8, 24);
			if (i >= current.size() && ClusterChecks.overlap(range, service)) {
				throw CceException.invalid(field + ": " + wanted.get(i) + " overlaps the Service CIDR "
						+ cluster.settings().kubernetesSvcIpRange());
			}
			for (int j = 0; j < ranges.size(); j++) {
				if (i >= current.size() && ClusterChecks.overlap(range, ranges.get(j))) {
					throw CceException.invalid(field + ": " + wanted.get(i) + " overlaps " + wanted.get(j));
				}
			}
			ranges.add(range);
		}
		return wanted.subList(1, wanted.size());
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
