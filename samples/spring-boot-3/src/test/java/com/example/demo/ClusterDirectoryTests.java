package com.example.demo;

import org.junit.jupiter.api.Test;

import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;
import io.cceemulator.junit.Fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The application's CCE client against the emulator. */
@CceEmulatorTest
class ClusterDirectoryTests {

	private final ClusterDirectory clusters;

	ClusterDirectoryTests(CceEmulator emulator) {
		this.clusters = new ClusterDirectory(RestClient.builder()
			.baseUrl(emulator.projectUrl())
			.defaultHeader("X-Auth-Token", emulator.token())
			.build());
	}

	@Test
	void namesTheProjectsClusters() {
		assertThat(this.clusters.clusterNames()).contains("std-a-v123");
	}

	@Test
	void failsWhenCceDoes(CceEmulator emulator) {
		emulator.faults().add(Fault.error(500, "CCE.01500001").operation("ListClusters"));
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(this.clusters::clusterNames);
	}

}
