package com.example.plain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;
import io.cceemulator.junit.Fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@CceEmulatorTest
class MigrationTest {

	static final String SOURCE = "11111111-aaaa-4bbb-8ccc-000000000001";

	static final String TARGET = "22222222-aaaa-4bbb-8ccc-000000000002";

	static final String NODE = "33333333-aaaa-4bbb-8ccc-000000000003";

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> call(CceEmulator emulator, String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.projectUrl() + path))
			.header("X-Auth-Token", emulator.token())
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	@Test
	void migratesANode(CceEmulator emulator) throws Exception {
		emulator.clock().freeze();
		HttpResponse<String> migrate = call(emulator, "PUT",
				"/clusters/" + SOURCE + "/nodes/operation/migrateto/" + TARGET,
				"{\"spec\":{\"os\":\"EulerOS 2.9\",\"login\":{\"sshKey\":\"KeyPair-001\"},\"nodes\":[{\"uid\":\"" + NODE
						+ "\"}]}}");
		assertEquals(200, migrate.statusCode(), migrate.body());

		emulator.clock().advance(Duration.ofSeconds(4)); // Initializing 1 s + Running 3 s: the job succeeds
		assertEquals(200, call(emulator, "GET", "/clusters/" + TARGET + "/nodes/" + NODE, null).statusCode());
		assertEquals(1, emulator.journal().calls("MigrateNode").size());
		assertTrue(emulator.journal().calls("MigrateNode").get(0).body().contains(NODE));
	}

	@Test
	void answersThrottledWhenPlanned(CceEmulator emulator) throws Exception {
		emulator.faults().add(Fault.throttle(0).operation("ListClusters"));
		assertEquals(429, call(emulator, "GET", "/clusters", null).statusCode());
	}

}
