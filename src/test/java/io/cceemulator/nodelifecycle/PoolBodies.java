package io.cceemulator.nodelifecycle;

/** Request bodies of the node pool operations, as clients send them. */
final class PoolBodies {

	private PoolBodies() {
	}

	/** CreateNodePool with a key pair, the default flavor and {@code count} initial nodes; autoscaling off. */
	static String create(String name, int count) {
		return """
				{"kind":"NodePool","apiVersion":"v3","metadata":{"name":"%s"},"spec":{"type":"vm",
				"nodeTemplate":{"flavor":"c7.large.2","az":"cn-north-4a","os":"EulerOS 2.9",
				"login":{"sshKey":"KeyPair-001"},"rootVolume":{"volumetype":"SAS","size":50},
				"dataVolumes":[{"volumetype":"SAS","size":100}],"k8sTags":{"team":"web"},
				"taints":[{"key":"dedicated","value":"web","effect":"NoSchedule"}],
				"userTags":[{"key":"owner","value":"qa"}]},
				"initialNodeCount":%d}}""".formatted(name, count);
	}

	/** CreateNodePool with autoscaling between {@code min} and {@code max}. */
	static String autoscaled(String name, int count, int min, int max) {
		return """
				{"kind":"NodePool","apiVersion":"v3","metadata":{"name":"%s"},"spec":{
				"nodeTemplate":{"flavor":"c7.large.2","az":"cn-north-4a","login":{"sshKey":"KeyPair-001"},
				"rootVolume":{"volumetype":"SAS","size":50}},"initialNodeCount":%d,
				"autoscaling":{"enable":true,"minNodeCount":%d,"maxNodeCount":%d,"scaleDownCooldownTime":10,
				"priority":1}}}""".formatted(name, count, min, max);
	}

	static String scale(int desired) {
		return """
				{"kind":"NodePool","apiVersion":"v3","spec":{"desiredNodeCount":%d,"scaleGroups":["default"]}}"""
			.formatted(desired);
	}

}
