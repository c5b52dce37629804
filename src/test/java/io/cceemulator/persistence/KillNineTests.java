package io.cceemulator.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cceemulator.CceEmulatorApplication;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator in its own JVM, killed with SIGKILL in the middle of a stream of migrations from two clients, then
 * started again on the same state: every acknowledged migration is there, and nothing that was never sent.
 */
@Tag("slow")
class KillNineTests {

	@TempDir
	Path dir;

	private Process start(int port) throws IOException {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				CceEmulatorApplication.class.getName(), "--server.port=" + port, "--emulator.persistence.enabled=true",
				"--emulator.persistence.directory=" + this.dir.resolve("state"), "--emulator.jobs.running=1h")
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("emulator-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private static RequestSpecification api(int port) {
		return RestAssured.given().port(port).header("X-Auth-Token", TOKEN).contentType("application/json");
	}

	private static void awaitUp(int port, Process process) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 90_000;
		while (System.currentTimeMillis() < deadline && process.isAlive()) {
			try {
				if (api(port).get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (Exception notYet) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("the emulator did not start on port " + port);
	}

	@Test
	void keepsEveryAcknowledgedMigrationAfterSigkill() throws Exception {
		int port = freePort();
		Process first = start(port);
		awaitUp(port, first);
		List<String> nodes = api(port).get("/api/v3/projects/" + PROJECT + "/clusters/" + BIG + "/nodes").then()
			.extract().path("items.metadata.uid");
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Set<String> sent = ConcurrentHashMap.newKeySet();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < 2; c++) {
			int offset = c;
			Thread client = new Thread(() -> {
				for (int i = offset; i < nodes.size() && !stop.get(); i += 2) {
					sent.add(nodes.get(i));
					try {
						int status = api(port).body(Bodies.migrate(nodes.get(i)))
							.put("/api/v3/projects/" + PROJECT + "/clusters/" + BIG + "/nodes/operation/migrateto/" + STD_B)
							.statusCode();
						if (status == 200) {
							acknowledged.add(nodes.get(i));
						}
					}
					catch (Exception killed) {
						return;
					}
				}
			});
			client.start();
			clients.add(client);
		}
		while (acknowledged.size() < 30) {
			Thread.sleep(5);
		}
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		stop.set(true);
		for (Thread client : clients) {
			client.join();
		}
		Process second = start(port);
		try {
			awaitUp(port, second);
			JsonPath big = api(port).get("/api/v3/projects/" + PROJECT + "/clusters/" + BIG + "/nodes").then().extract().jsonPath();
			List<String> leaving = big.getList("items.findAll { it.status.phase == 'Deleting' }.metadata.uid");
			List<String> untouched = big.getList("items.findAll { it.status.phase == 'Active' }.metadata.uid");
			assertThat(leaving).containsAll(acknowledged).allMatch(sent::contains);
			assertThat(leaving.size()).isLessThanOrEqualTo(acknowledged.size() + 2);
			assertThat(leaving.size() + untouched.size()).isEqualTo(nodes.size());
			List<String> incoming = api(port).get("/api/v3/projects/" + PROJECT + "/clusters/" + STD_B + "/nodes").then()
				.extract().path("items.findAll { it.status.phase == 'Installing' }.metadata.uid");
			assertThat(incoming).containsExactlyInAnyOrderElementsOf(leaving);
		}
		finally {
			second.destroy();
			second.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
