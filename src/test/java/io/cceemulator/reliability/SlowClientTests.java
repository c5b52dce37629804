package io.cceemulator.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.cceemulator.CceEmulatorApplication;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow and idle clients against a server of its own with four request threads and timeouts of a second or two: they are
 * cut off, and while they dawdle every other client is served.
 */
@Tag("slow")
class SlowClientTests {

	private static ConfigurableApplicationContext server;

	private static int port;

	private static final String CLUSTERS = "/api/v3/projects/" + Defaults.PROJECT + "/clusters";

	@BeforeAll
	static void startServerWithFourThreads() {
		server = new SpringApplicationBuilder(CceEmulatorApplication.class).run("--server.port=0",
				"--server.tomcat.threads.max=4", "--server.tomcat.connection-timeout=2s",
				"--server.tomcat.keep-alive-timeout=1s", "--emulator.limits.body-read-timeout=1500ms",
				"--emulator.journal.max-bytes=1MB",
				"--spring.jmx.enabled=false", "--management.endpoints.web.exposure.include=health");
		port = Integer.parseInt(server.getEnvironment().getRequiredProperty("local.server.port"));
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void slowLorisClientsHoldNoThreadAndAreCutOffWhenTheyStall() throws Exception {
		List<Socket> loris = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Socket socket = RawHttp.connect(port, 5_000);
			socket.getOutputStream().write(("GET " + CLUSTERS + " HTTP/1.1\r\nHost: x\r\nX-Slow: ").getBytes());
			loris.add(socket);
		}
		for (int round = 0; round < 6; round++) {
			for (Socket socket : loris) {
				socket.getOutputStream().write('a');
			}
			long started = System.nanoTime();
			assertThat(Http.api(port).get(CLUSTERS).status()).isEqualTo(200);
			assertThat((System.nanoTime() - started) / 1_000_000).as("ms for a call beside 40 slow clients")
				.isLessThan(900);
			Thread.sleep(250);
		}
		long stalled = System.nanoTime();
		for (Socket socket : loris) {
			assertThat(closedByServer(socket)).isTrue();
			socket.close();
		}
		assertThat((System.nanoTime() - stalled) / 1_000_000).as("ms until all stalled clients were cut off")
			.isLessThan(4_000);
	}

	@Test
	void clientsTricklingTheirBodiesHoldNoThreadWhileEveryOtherClientIsServed() throws Exception {
		List<Socket> tricklers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Socket socket = RawHttp.connect(port, 5_000);
			socket.getOutputStream().write(("POST /v3/auth/tokens HTTP/1.1\r\nHost: x\r\nContent-Type: "
					+ "application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
			tricklers.add(socket);
		}
		// past the read timeout (2 s) too: then the bodies are refused, and their rest must not be read in a thread
		for (int round = 0; round < 16; round++) {
			for (Socket socket : tricklers) {
				try {
					socket.getOutputStream().write(' ');
				}
				catch (IOException refused) {
					// refused after the read timeout: it is what should happen
				}
			}
			long started = System.nanoTime();
			assertThat(Http.api(port).get(CLUSTERS).status()).isEqualTo(200);
			assertThat((System.nanoTime() - started) / 1_000_000).as("ms for a call beside 40 trickling bodies")
				.isLessThan(1_000);
			Thread.sleep(250);
		}
		for (Socket socket : tricklers) {
			socket.close();
		}
	}

	@Test
	void aFloodOfLargeBodiesKeepsTheJournalWithinItsBytesAndOthersServed() throws Exception {
		String body = "[" + "[],".repeat(21_000) + "[]]";
		for (int i = 0; i < 200; i++) {
			RawHttp.exchange(port, RawHttp.request("POST", "/v3/auth/tokens", "Content-Type: application/json\r\n",
					body.getBytes(StandardCharsets.ISO_8859_1)));
		}
		long started = System.nanoTime();
		assertThat(Http.api(port).get(CLUSTERS).status()).isEqualTo(200);
		assertThat((System.nanoTime() - started) / 1_000_000).as("ms for a call after the flood").isLessThan(1_000);
		String journal = Http.admin(port).get("/__admin/journal").body();
		assertThat(journal.length()).as("the journal's bodies, bounded by emulator.journal.max-bytes")
			.isLessThan(1_200_000);
	}

	@Test
	void aBodyTrickledSlowerThanTheReadTimeoutIsRefusedInCceFormat() throws Exception {
		try (Socket socket = RawHttp.connect(port, 10_000)) {
			OutputStream out = socket.getOutputStream();
			out.write(("PUT " + CLUSTERS + "/" + Defaults.STD_A + "/nodes/operation/migrateto/" + Defaults.STD_B
					+ " HTTP/1.1\r\nHost: x\r\nX-Auth-Token: " + Defaults.TOKEN
					+ "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes());
			long started = System.nanoTime();
			for (int i = 0; i < 30 && !socket.isInputShutdown(); i++) {
				Thread.sleep(200);
				out.write(' ');
				if (socket.getInputStream().available() > 0) {
					break;
				}
			}
			RawHttp.Raw reply = RawHttp.parse(RawHttp.readAll(socket.getInputStream()));
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(reply.status()).isEqualTo(400);
			assertThat(Refusals.problem(reply.status(), reply.body())).isNull();
			assertThat(millis).as("ms until refused").isBetween(1_300L, 4_500L);
		}
		assertThat(Http.api(port).get(CLUSTERS).status()).isEqualTo(200);
	}

	@Test
	void aStalledBodyIsRefusedAfterTheBodyReadTimeoutBeforeTheContainerCutsItOff() throws Exception {
		try (Socket socket = RawHttp.connect(port, 10_000)) {
			socket.getOutputStream().write(("PUT " + CLUSTERS + "/" + Defaults.STD_A + "/nodes/operation/migrateto/"
					+ Defaults.STD_B + " HTTP/1.1\r\nHost: x\r\nX-Auth-Token: " + Defaults.TOKEN
					+ "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"spec\":").getBytes());
			long started = System.nanoTime();
			RawHttp.Raw reply = RawHttp.parse(RawHttp.readAll(socket.getInputStream()));
			assertThat(reply.status()).as(reply.head()).isEqualTo(400);
			assertThat(Refusals.problem(reply.status(), reply.body())).isNull();
			assertThat((System.nanoTime() - started) / 1_000_000).isBetween(1_300L, 4_000L);
		}
	}

	@Test
	void anIdleKeepAliveConnectionIsClosedAfterTheKeepAliveTimeout() throws Exception {
		try (Socket socket = RawHttp.connect(port, 10_000)) {
			socket.getOutputStream().write(("GET " + CLUSTERS + " HTTP/1.1\r\nHost: x\r\nX-Auth-Token: "
					+ Defaults.TOKEN + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			assertThat(RawHttp.parse(RawHttp.readAll(socket.getInputStream())).status()).isEqualTo(200);
			long idle = System.nanoTime();
			assertThat(closedByServer(socket)).isTrue();
			assertThat((System.nanoTime() - idle) / 1_000_000).isBetween(700L, 4_000L);
		}
	}

	/** Reads (and drops) whatever comes until the server closes; false if it is still open after 5 s. */
	private static boolean closedByServer(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		try {
			while (in.read() != -1) {
				// a refusal may come first
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
