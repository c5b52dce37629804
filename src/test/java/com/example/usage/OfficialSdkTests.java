package com.example.usage;

import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import com.huaweicloud.sdk.cce.v3.model.ShowClusterRequest;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import org.junit.jupiter.api.Test;

import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;
import io.cceemulator.junit.Fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Huawei's official Java SDK pointed at the extension's emulator with its access key (the same emulator instance). */
@CceEmulatorTest
class OfficialSdkTests {

	private static CceClient cce(CceEmulator emulator) {
		return CceClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(emulator.accessKey())
				.withSk(emulator.secretKey())
				.withProjectId(emulator.projectId()))
			.withEndpoints(List.of(emulator.baseUrl()))
			.build();
	}

	@Test
	void listsClustersWithASignedRequest(CceEmulator emulator) {
		assertThat(cce(emulator).listClusters(new ListClustersRequest()).getItems())
			.extracting((cluster) -> cluster.getMetadata().getUid())
			.contains(NodeMigrationTests.SOURCE, NodeMigrationTests.TARGET);
		assertThat(emulator.journal().calls("ListClusters")).singleElement()
			.satisfies((call) -> assertThat(call.status()).isEqualTo(200));
	}

	@Test
	void seesAnInstalledErrorAsTheSdkReportsIt(CceEmulator emulator) {
		emulator.faults().add(Fault.error(500, "CCE.01500001").operation("ShowCluster").message("backend down"));
		ServiceResponseException refusal = catchThrowableOfType(ServiceResponseException.class,
				() -> cce(emulator).showCluster(new ShowClusterRequest().withClusterId(NodeMigrationTests.SOURCE)));
		assertThat(refusal.getHttpStatusCode()).isEqualTo(500);
		assertThat(refusal.getErrorCode()).isEqualTo("CCE.01500001");
	}

}
