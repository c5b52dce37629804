package io.cceemulator.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handle's HTTP side against a stand-in server: what it sends, and how it reports what comes back. */
class AdminClientTests {

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private int status = 200;

	private String answer = "{\"mode\":\"manual\",\"now\":\"2026-01-01T00:00:00Z\"}";

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " token="
					+ exchange.getRequestHeaders().getFirst("X-Admin-Token") + " body="
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(this.status, (body.length == 0) ? -1 : body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private CceEmulator emulator(String adminToken) {
		return CceEmulator.connect("http://127.0.0.1:" + this.server.getAddress().getPort(), adminToken);
	}

	@Test
	void sendsTheAdminTokenWhenGivenOne() {
		emulator("s3cret").clock().advance(Duration.ofSeconds(5));
		emulator("").clock().now();
		assertEquals(List.of("POST /__admin/clock/advance token=s3cret body={\"by\":\"PT5S\"}",
				"GET /__admin/clock token=null body="), this.seen);
	}

	@Test
	void encodesNamesInPathsAndQueries() {
		this.answer = "[]";
		emulator("").journal().calls("Migrate Node&x");
		this.status = 204;
		this.answer = "";
		emulator("").faults().remove("a b/c");
		assertEquals(List.of("GET /__admin/journal?operation=Migrate%20Node%26x token=null body=",
				"DELETE /__admin/faults/a%20b%2Fc token=null body="), this.seen);
	}

	@Test
	void sendsFaultPlansAsJson() {
		this.answer = "{\"id\":\"f-1\"}";
		String id = emulator("").faults()
			.add(Fault.error(500, "CCE.01500001").operation("MigrateNode").times(1).message("say \"no\""));
		assertEquals("f-1", id);
		assertEquals(List.of("POST /__admin/faults token=null body={\"kind\":\"error\",\"status\":500,"
				+ "\"errorCode\":\"CCE.01500001\",\"operation\":\"MigrateNode\",\"times\":1,\"message\":\"say \\\"no\\\"\"}"),
				this.seen);
	}

	@Test
	void throwsWithTheStatusAndBodyOfARefusal() {
		this.status = 401;
		this.answer = "{\"status\":401,\"code\":\"UNAUTHORIZED\",\"message\":\"the admin API needs the configured token\"}";
		IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> emulator("wrong").reset());
		assertEquals("POST /__admin/reset answered 401: " + this.answer, refusal.getMessage());
	}

	@Test
	void namesTheAddressWhenNothingAnswers() {
		this.server.stop(0);
		UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> emulator("").reset());
		assertTrue(failure.getMessage().contains("did not answer"), failure.getMessage());
	}

}
