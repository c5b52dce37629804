package io.cceemulator.nodelifecycle;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Request bodies of the node operations, as clients send them. */
final class LifecycleBodies {

	private LifecycleBodies() {
	}

	/** CreateNode with one node of the default flavor, as Terraform's huaweicloud_cce_node sends it (count 1). */
	static String create(String name) {
		return """
				{"kind":"Node","apiVersion":"v3","metadata":{"name":"%s"},"spec":{"flavor":"c7.large.2",
				"az":"cn-north-4a","os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},
				"rootVolume":{"volumetype":"SAS","size":50},"dataVolumes":[{"volumetype":"SAS","size":100}],
				"count":1}}""".formatted(name);
	}

	/** AddNode as golangsdk marshals Terraform's huaweicloud_cce_node_attach: lower-case apiversion, an empty
	 * userPassword beside the key pair, serverConfig's root volume under its Go name. */
	static String add(String... serverIds) {
		return """
				{"kind":"List","apiversion":"v3","nodeList":[%s]}""".formatted(Arrays.stream(serverIds)
			.map((id) -> """
					{"serverID":"%s","spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001",
					"userPassword":{"username":"","password":""}},"serverConfig":{"RootVolume":null},
					"runtimeConfig":{}}}""".formatted(id))
			.collect(Collectors.joining(",")));
	}

	static String reset(String nodeId, String os) {
		return """
				{"kind":"List","apiversion":"v3","nodeList":[{"nodeID":"%s","spec":{"os":"%s",
				"login":{"sshKey":"KeyPair-002","userPassword":{"username":"","password":""}},
				"k8sOptions":{"labels":{"role":"web"},"taints":[{"key":"gpu","value":"yes","effect":"NoSchedule"}]}}}]}"""
			.formatted(nodeId, os);
	}

	/** RemoveNode as huaweicloud_cce_nodes_remove sends it: no login. */
	static String remove(String... nodeIds) {
		return """
				{"kind":"RemoveNodesTask","apiVersion":"v3","spec":{"nodes":[%s]}}""".formatted(
				Arrays.stream(nodeIds).map((id) -> "{\"uid\":\"" + id + "\"}").collect(Collectors.joining(",")));
	}

	static String serverList(String... serverIds) {
		return """
				{"kind":"List","apiVersion":"v3","nodeList":[%s]}""".formatted(Arrays.stream(serverIds)
			.map((id) -> "{\"serverID\":\"" + id + "\"}")
			.collect(Collectors.joining(",")));
	}

	static String nodeList(String... nodeIds) {
		return """
				{"kind":"List","apiVersion":"v3","nodeList":[%s]}""".formatted(Arrays.stream(nodeIds)
			.map((id) -> "{\"nodeID\":\"" + id + "\"}")
			.collect(Collectors.joining(",")));
	}

}
