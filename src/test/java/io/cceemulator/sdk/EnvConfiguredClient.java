package io.cceemulator.sdk;

import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.Cluster;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import com.huaweicloud.sdk.cce.v3.region.CceRegion;
import com.huaweicloud.sdk.core.auth.BasicCredentials;

/**
 * A user's program, run by {@link SdkEnvironmentTests} in a JVM of its own whose environment points the SDK at the
 * emulator: {@code HUAWEICLOUD_SDK_REGION_CCE_CN_NORTH_4} (the endpoint of {@code CceRegion.valueOf("cn-north-4")})
 * and {@code HUAWEICLOUD_SDK_IAM_ENDPOINT}. Nothing in it names the emulator. It prints a {@code RESULT} line per
 * client, with the ids of the clusters it listed.
 */
public final class EnvConfiguredClient {

	private EnvConfiguredClient() {
	}

	/** @param args the AK, the SK and the project id */
	public static void main(String[] args) {
		CceClient withProjectId = CceClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(args[0]).withSk(args[1]).withProjectId(args[2]))
			.withRegion(CceRegion.valueOf("cn-north-4"))
			.build();
		System.out.println("RESULT with-project-id " + clusterIds(withProjectId));
		CceClient withoutProjectId = CceClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(args[0]).withSk(args[1]))
			.withRegion(CceRegion.valueOf("cn-north-4"))
			.build();
		System.out.println("RESULT without-project-id " + clusterIds(withoutProjectId));
	}

	private static List<String> clusterIds(CceClient cce) {
		return cce.listClusters(new ListClustersRequest())
			.getItems()
			.stream()
			.map(Cluster::getMetadata)
			.map((metadata) -> metadata.getUid())
			.toList();
	}

}
