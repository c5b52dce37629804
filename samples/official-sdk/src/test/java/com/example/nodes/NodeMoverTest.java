package com.example.nodes;

import java.time.Duration;
import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import org.junit.jupiter.api.Test;

import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;
import io.cceemulator.junit.Fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@CceEmulatorTest
class NodeMoverTest {

	static final String SOURCE = "11111111-aaaa-4bbb-8ccc-000000000001";

	static final String TARGET = "22222222-aaaa-4bbb-8ccc-000000000002";

	static final String NODE = "33333333-aaaa-4bbb-8ccc-000000000003";

	static CceClient cce(CceEmulator emulator) {
		return CceClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(emulator.accessKey())
				.withSk(emulator.secretKey())
				.withProjectId(emulator.projectId()))
			.withEndpoints(List.of(emulator.baseUrl()))
			.build();
	}

	@Test
	void movesANodeAndWaitsForTheJob(CceEmulator emulator) throws Exception {
		emulator.clock().real(4); // the job's 4 s pass in 1 s

		List<String> nodes = new NodeMover(cce(emulator), Duration.ofMillis(50)).move(SOURCE, TARGET, List.of(NODE));

		assertTrue(nodes.contains("node-a01"), nodes.toString());
		assertTrue(emulator.journal().calls("ShowJob").size() >= 2, "polled the job until it ended");
	}

	@Test
	void reportsAFailedJob(CceEmulator emulator) {
		emulator.clock().instant();
		emulator.faults().add(Fault.jobFailure("no capacity"));

		IllegalStateException failure = assertThrows(IllegalStateException.class,
				() -> new NodeMover(cce(emulator), Duration.ofMillis(50)).move(SOURCE, TARGET, List.of(NODE)));
		assertTrue(failure.getMessage().endsWith("ended Failed"), failure.getMessage());
	}

	@Test
	void seesAnInstalledErrorAsTheSdkReportsIt(CceEmulator emulator) {
		emulator.faults().add(Fault.error(500, "CCE.01500001").operation("MigrateNode").message("backend down"));

		ServiceResponseException refusal = assertThrows(ServiceResponseException.class,
				() -> new NodeMover(cce(emulator), Duration.ofMillis(50)).move(SOURCE, TARGET, List.of(NODE)));
		assertEquals(500, refusal.getHttpStatusCode());
		assertEquals("CCE.01500001", refusal.getErrorCode());
	}

}
