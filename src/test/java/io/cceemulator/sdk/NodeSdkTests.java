package io.cceemulator.sdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The official Node.js SDK ({@code samples/nodejs-sdk}: CCE and core 3.0.57; core 3.1.211 does not load, it lacks
 * its {@code uuid} dependency) with no project id: it looks the project up in IAM, as the Java SDK does. It needs
 * Node.js and the npm registry (for {@code npm ci}, once); without them the test is skipped, saying why.
 */
@Tag("slow")
class NodeSdkTests extends ApiTest {

	private static final Path SAMPLE = Path.of("samples", "nodejs-sdk");

	private static String run(Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(SAMPLE.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException notInstalled) {
			return abort(command[0] + " is not installed: " + notInstalled.getMessage());
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
		return process.exitValue() + "\n" + output;
	}

	@BeforeAll
	static void installTheSdk() throws Exception {
		if (!Files.isDirectory(SAMPLE.resolve("node_modules/@huaweicloud/huaweicloud-sdk-cce"))) {
			String installed = run(Map.of(), "npm", "ci", "--no-audit", "--no-fund");
			assumeTrue(installed.startsWith("0\n"), "npm ci in " + SAMPLE + " failed:\n" + installed);
		}
	}

	private JsonPath listClusters(String ak, String sk, String region) throws Exception {
		String output = run(Map.of("EMULATOR", "http://127.0.0.1:" + this.port, "AK", ak, "SK", sk, "REGION", region),
				"node", "list-clusters.mjs");
		List<String> lines = output.lines().filter((line) -> line.startsWith("{")).toList();
		assertThat(lines).as(output).hasSize(1);
		return JsonPath.from(lines.get(0));
	}

	@Test
	void looksUpTheProjectOfItsRegionAndListsItsClusters() throws Exception {
		JsonPath listed = listClusters(DefaultCredentials.AK_B, DefaultCredentials.SK_B, "cn-north-4_team-b");
		assertThat(listed.getString("projectId")).isEqualTo(Defaults.OTHER_PROJECT);
		assertThat(listed.getList("clusters")).containsExactly(Defaults.OTHER_PROJECT_CLUSTER);
		assertThat(admin().get("/__admin/journal?operation=KeystoneListProjects").then().statusCode(200)
			.extract().jsonPath().getList("query")).containsExactly("name=cn-north-4_team-b");
	}

	/**
	 * When its lookup does not find exactly one project, this SDK tries to create the region's project (IAM's
	 * {@code GET /v3/regions} first), which the emulator does not serve: it reports {@code failed to list regions}.
	 */
	@Test
	void reportsABadKeyAfterTheGatewayRefusedItsLookupAndTheEmulatorServesNoRegionList() throws Exception {
		JsonPath refused = listClusters(DefaultCredentials.AK, "not-the-secret-key", "cn-north-4");
		assertThat(refused.getString("errorMsg")).isEqualTo("SdkException: failed to list regions");
		List<Map<String, Object>> calls = admin().get("/__admin/journal").then().statusCode(200).extract().jsonPath()
			.getList("$");
		assertThat(calls).extracting((c) -> c.get("method") + " " + c.get("path") + " " + c.get("status") + " "
				+ c.get("errorCode"))
			.containsExactly("GET /v3/projects 401 APIGW.0301", "GET /v3/regions 404 APIGW.0101");
	}

}
