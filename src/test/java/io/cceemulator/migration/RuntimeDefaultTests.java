package io.cceemulator.migration;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cceemulator.state.Cluster;

import static org.assertj.core.api.Assertions.assertThat;

class RuntimeDefaultTests {

	@ParameterizedTest
	@CsvSource({ "v1.23.11-r0,EulerOS 2.9,docker", "v1.23.11-r0,Ubuntu 22.04,docker", "v1.25.5-r0,EulerOS 2.5,docker",
			"v1.25.5-r0,EulerOS 2.9,containerd", "v1.28.3-r0,Huawei Cloud EulerOS 2.0,containerd",
			"v1.9.10-r0,CentOS 7.6,docker", "v2.0.0,EulerOS 2.9,containerd" })
	void followsTheTargetClustersVersionAndTheOs(String version, String os, String runtime) {
		Cluster target = new Cluster("p", "c", "c", "CCE", "cce.s1.small", version, "vpc", "subnet", "sg", false,
				"Available", "az", "vpc-router", "10.0.0.0/16", "", Instant.EPOCH, Instant.EPOCH);
		assertThat(target.defaultRuntime(os)).isEqualTo(runtime);
	}

}
