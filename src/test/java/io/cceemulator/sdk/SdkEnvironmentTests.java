package io.cceemulator.sdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.huaweicloud.sdk.cce.v3.model.Cluster;
import com.huaweicloud.sdk.cce.v3.model.ListClustersRequest;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official SDK pointed at the emulator by its environment variables alone, as a user's program is: the SDK reads
 * them with {@code System.getenv} (core's {@code EnvRegionProvider}, {@code AbstractCredentials.getUsedIamEndpoint}),
 * which a running JVM cannot change, so the program runs in a JVM of its own.
 */
class SdkEnvironmentTests extends SdkTest {

	private List<String> run(Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				EnvConfiguredClient.class.getName(), DefaultCredentials.AK, DefaultCredentials.SK, Defaults.PROJECT)
			.redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("HUAWEICLOUD_SDK_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output.lines().filter((line) -> line.startsWith("RESULT ")).toList();
	}

	@Test
	void connectsByTheRegionVariableAndLooksTheProjectUpAtTheIamVariable() throws Exception {
		String endpoint = "http://127.0.0.1:" + this.port;
		List<String> clusters = call(cce().listClustersInvoker(new ListClustersRequest())).getItems()
			.stream()
			.map(Cluster::getMetadata)
			.map((metadata) -> metadata.getUid())
			.toList();
		admin().delete("/__admin/journal").then().statusCode(204);

		assertThat(run(Map.of("HUAWEICLOUD_SDK_REGION_CCE_CN_NORTH_4", endpoint, "HUAWEICLOUD_SDK_IAM_ENDPOINT",
				endpoint)))
			.containsExactly("RESULT with-project-id " + clusters, "RESULT without-project-id " + clusters);
		List<Map<String, Object>> calls = admin().get("/__admin/journal").then().statusCode(200).extract().jsonPath()
			.getList("$");
		assertThat(calls).extracting((c) -> c.get("operation") + " " + c.get("projectId") + " " + c.get("status"))
			.containsExactly("ListClusters " + Defaults.PROJECT + " 200", "KeystoneListProjects null 200",
					"ListClusters " + Defaults.PROJECT + " 200");
	}

}
