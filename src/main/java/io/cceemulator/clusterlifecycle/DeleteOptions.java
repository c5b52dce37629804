package io.cceemulator.clusterlifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cceemulator.error.CceException;

/**
 * DeleteCluster's query parameters, with the values the SDK's DeleteClusterRequest enums allow. The emulator has no
 * volumes, file systems, buckets, ENIs or log streams of its own, so the resource switches are checked and kept on the
 * job, and only the node policies change what happens: {@code delete} (the default) deletes the nodes' servers,
 * {@code retain} and {@code reset} leave them running and free. No node is billed yearly/monthly here, so
 * {@code periodic_node_policy} is checked and has nothing to act on.
 */
record DeleteOptions(Map<String, String> values) {

	static final List<String> SWITCHES = List.of("delete_efs", "delete_eni", "delete_evs", "delete_net", "delete_obs",
			"delete_sfs", "delete_sfs30", "lts_reclaim_policy");

	private static final List<String> SWITCH_VALUES = List.of("true", "block", "try", "false", "skip");

	static final String ONDEMAND = "ondemand_node_policy";

	static final String PERIODIC = "periodic_node_policy";

	/** @param query every query parameter of the call, by name (golangsdk adds {@code errorStatus}, ignored) */
	static DeleteOptions of(Map<String, String> query) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (String name : SWITCHES) {
			check(query, name, SWITCH_VALUES, kept);
		}
		check(query, "tobedeleted", List.of("true"), kept);
		check(query, ONDEMAND, List.of("delete", "reset", "retain"), kept);
		check(query, PERIODIC, List.of("reset", "retain"), kept);
		return new DeleteOptions(kept);
	}

	private static void check(Map<String, String> query, String name, List<String> allowed, Map<String, String> kept) {
		String value = query.get(name);
		if (value == null || value.isEmpty()) {
			return;
		}
		if (!allowed.contains(value)) {
			throw CceException.invalid(name + ": must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
		}
		kept.put(name, value);
	}

	/** Whether the nodes' servers outlive the cluster, as the job's options say. */
	static boolean keepsServers(Map<String, String> jobOptions) {
		String policy = jobOptions.getOrDefault(ONDEMAND, "delete");
		return policy.equals("retain") || policy.equals("reset");
	}

}
