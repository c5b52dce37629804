package io.cceemulator.clusterlifecycle;

/** CreateCluster bodies as clients send them. */
final class ClusterBodies {

	private ClusterBodies() {
	}

	/** A Standard cluster in vpc-0001, as the API reference's example has it. */
	static String standard(String name) {
		return """
				{"kind":"Cluster","apiVersion":"v3","metadata":{"name":"%s"},"spec":{"category":"CCE",
				"type":"VirtualMachine","flavor":"cce.s1.small","version":"v1.29","description":"made by a test",
				"hostNetwork":{"vpc":"vpc-0001","subnet":"subnet-0001"},
				"containerNetwork":{"mode":"vpc-router","cidr":"172.16.0.0/16"},
				"kubernetesSvcIpRange":"10.247.0.0/16","authentication":{"mode":"rbac"},"billingMode":0,
				"extendParam":{"clusterAZ":"cn-north-4a"}}}""".formatted(name);
	}

	/** A Turbo cluster with its pods' ENIs in subnet-0001. */
	static String turbo(String name) {
		return """
				{"kind":"Cluster","apiVersion":"v3","metadata":{"name":"%s"},"spec":{"category":"Turbo",
				"flavor":"cce.s2.small","version":"v1.29","hostNetwork":{"vpc":"vpc-0001","subnet":"subnet-0001"},
				"containerNetwork":{"mode":"eni"},"eniNetwork":{"subnets":[{"subnetID":"subnet-0001"}]},
				"masters":[{"availabilityZone":"cn-north-4a"},{"availabilityZone":"cn-north-4b"},
				{"availabilityZone":"cn-north-4c"}]}}""".formatted(name);
	}

	/** CreateNode's body, one node on a new server. */
	static String node(String name) {
		return """
				{"kind":"Node","apiVersion":"v3","metadata":{"name":"%s"},"spec":{"flavor":"c7.large.2",
				"az":"cn-north-4a","os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},
				"rootVolume":{"volumetype":"SAS","size":50},"dataVolumes":[{"volumetype":"SAS","size":100}],
				"count":1}}""".formatted(name);
	}

}
