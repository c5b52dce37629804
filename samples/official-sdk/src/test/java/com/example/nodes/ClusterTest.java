package com.example.nodes;

import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import org.junit.jupiter.api.Test;

import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The README's example, as it stands there. */
@CceEmulatorTest // e.g. @CceEmulatorTest(properties = "emulator.clock.mode=instant")
class ClusterTest {
	@Test
	void listsClusters(CceEmulator emulator) { // each test starts from the default data
		CceClient cce = CceClient.newBuilder().withEndpoints(List.of(emulator.baseUrl()))
			.withCredential(new BasicCredentials().withAk(emulator.accessKey())
				.withSk(emulator.secretKey()).withProjectId(emulator.projectId()))
			.build();
		assertFalse(cce.listClusters(new ListClustersRequest()).getItems().isEmpty());
		assertEquals(1, emulator.journal().calls("ListClusters").size());
	}
}
