package io.cceemulator.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.example.usage.CceApi;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The emulator's own JVM: one per distinct settings, a failed start that says where to look, no orphans. */
class EmulatorProcessTests {

	static final Map<String, String> BASE_URLS = new ConcurrentHashMap<>();

	@Test
	void startsOneEmulatorPerDistinctProperties() {
		EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(Defaults.class), selectClass(DefaultsAgain.class), selectClass(InstantJobs.class))
			.execute()
			.testEvents()
			.assertStatistics((stats) -> stats.succeeded(3).failed(0));
		assertEquals(BASE_URLS.get("Defaults"), BASE_URLS.get("DefaultsAgain"));
		assertNotEquals(BASE_URLS.get("Defaults"), BASE_URLS.get("InstantJobs"));
	}

	@Test
	void namesTheLogOfAStartThatFails() throws IOException {
		IllegalStateException failure = assertThrows(IllegalStateException.class,
				() -> EmulatorProcess.start(List.of("emulator.auth.mode=nonsense")));
		String message = failure.getMessage();
		assertTrue(message.startsWith("The CCE emulator exited with code 1 before it was ready. Its log is "),
				message);
		Path log = Path.of(message.substring(message.indexOf(" is ") + 4, message.indexOf(", which ends:")));
		assertTrue(Files.readString(log).contains("nonsense"), log.toString());
		assertTrue(message.contains("nonsense"), message);
	}

	@Test
	void leavesNoEmulatorBehindAKilledTestJvm() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"),
				"-Dcce-emulator.cache-dir=" + System.getProperty("cce-emulator.cache-dir", ""),
				EmulatorChild.class.getName())
			.redirectErrorStream(true)
			.start();
		String[] started;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			assertTrue(line != null && line.startsWith("started "), String.valueOf(line));
			started = line.split(" ");
		}
		ProcessHandle emulator = ProcessHandle.of(Long.parseLong(started[1])).orElseThrow();
		assertTrue(emulator.isAlive());
		assertEquals(200, new CceApi(CceEmulator.connect(started[2])).get("/clusters").status());

		child.destroyForcibly(); // SIGKILL: no shutdown hook runs in the child
		assertTrue(child.waitFor(10, TimeUnit.SECONDS));
		assertTrue(emulator.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get() != null,
				"the emulator outlived its test JVM by 10 s");
		assertFalse(emulator.isAlive());
		HttpRequest probe = HttpRequest.newBuilder(URI.create(started[2] + "/__admin/clock")).build();
		assertThrows(ConnectException.class,
				() -> HttpClient.newHttpClient().send(probe, BodyHandlers.discarding()));
	}

	@CceEmulatorTest
	static class Defaults {

		@Test
		void recordsItsEmulator(CceEmulator emulator) {
			BASE_URLS.put("Defaults", emulator.baseUrl());
		}

	}

	@CceEmulatorTest
	static class DefaultsAgain {

		@Test
		void recordsItsEmulator(CceEmulator emulator) {
			BASE_URLS.put("DefaultsAgain", emulator.baseUrl());
		}

	}

	@CceEmulatorTest(properties = "emulator.clock.mode=instant")
	static class InstantJobs {

		@Test
		void finishesJobsAtOnce(CceEmulator emulator) {
			BASE_URLS.put("InstantJobs", emulator.baseUrl());
			CceApi cce = new CceApi(emulator);
			assertEquals("Success", cce.phase(cce.migrate(CceApi.NODE).field("jobID")));
		}

	}

}
