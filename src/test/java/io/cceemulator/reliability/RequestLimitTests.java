package io.cceemulator.reliability;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.NODE_A1;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_B;
import static io.cceemulator.support.Defaults.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The bounds of one call, each refused with a clear error in CCE's body. */
class RequestLimitTests extends ApiTest {

	private static final int MAX_BODY = 1024 * 1024;

	private String migratePath() {
		return projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B;
	}

	/** A migrate body padded with spaces to {@code size} bytes. */
	private static String padded(int size) {
		String body = Bodies.migrate(NODE_A1);
		return body + " ".repeat(size - body.length());
	}

	@Test
	void refusesABodyOverOneMegabyteWith413() {
		assertCceError(api().body(padded(MAX_BODY + 1)).put(migratePath()), CceError.PAYLOAD_TOO_LARGE,
				"request body is too large");
		assertThat(api().body(padded(MAX_BODY)).put(migratePath()).statusCode()).isEqualTo(200);
	}

	/**
	 * A client that asks first ({@code Expect: 100-continue}, as curl does for large bodies) hears the 413 before it
	 * sends a byte of the body, whatever its size: past what Tomcat drains (2 MB) it would otherwise see the connection
	 * close under it while still writing.
	 */
	@Test
	void answersAClientThatAsksFirstWith413BeforeItSendsTheBody() throws Exception {
		try (Socket socket = RawHttp.connect(this.port, 20_000)) {
			OutputStream out = socket.getOutputStream();
			out.write(("PUT " + migratePath() + " HTTP/1.1\r\nHost: x\r\nX-Auth-Token: " + TOKEN
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + (3 * MAX_BODY)
					+ "\r\nExpect: 100-continue\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			RawHttp.Raw reply = RawHttp.parse(RawHttp.readAll(socket.getInputStream()));
			assertThat(reply.status()).isEqualTo(413);
			assertThat(Refusals.problem(reply.status(), reply.body())).isNull();
			assertThat(reply.body()).contains("request body is too large");
		}
	}

	/**
	 * A client that writes a body of several megabytes before it reads hears the 413, not a connection closed under it
	 * (a broken pipe): the emulator reads the rest of the body and throws it away first, as nginx does. Several
	 * clients at once, since the race shows only sometimes.
	 */
	@Test
	void refusesABodyOfSeveralMegabytesWith413RatherThanABrokenPipe() throws Exception {
		byte[] body = padded(3 * MAX_BODY).getBytes(StandardCharsets.UTF_8);
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<Http.Reply>> replies = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				replies.add(clients.submit(() -> Http.api(this.port).send("PUT", migratePath(), body)));
			}
			for (Future<Http.Reply> reply : replies) {
				assertThat(reply.get().status()).isEqualTo(413);
				assertThat(reply.get().body()).contains("request body is too large");
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	/**
	 * An AK/SK-signed call's body is read by the signature check, not by the limit filter: it drains the same way, so
	 * the client hears the gateway's 413 too. (The signature itself need not be right: the size is refused first.)
	 */
	@Test
	void refusesASignedBodyOfSeveralMegabytesWith413RatherThanABrokenPipe() throws Exception {
		// over the limit by more than Tomcat swallows after an answer (2 MB), within the drain (8 x the limit)
		byte[] body = padded(5 * MAX_BODY).getBytes(StandardCharsets.UTF_8);
		Map<String, String> signature = Map.of("Authorization", "SDK-HMAC-SHA256 Access=" + DefaultCredentials.AK
				+ ", SignedHeaders=content-type;host;x-sdk-date, Signature=" + "0".repeat(64), "X-Sdk-Date",
				DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now()));
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<Http.Reply>> replies = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				replies.add(clients.submit(() -> Http.as(this.port, null).send("PUT", migratePath(), body, signature)));
			}
			for (Future<Http.Reply> reply : replies) {
				assertThat(reply.get().status()).isEqualTo(413);
				assertThat(reply.get().body()).contains("APIGW.0201");
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	/**
	 * A chunked body declares no length: its bytes are counted as they are read, the rest drained, then refused.
	 */
	@Test
	void refusesAChunkedBodyOverTheLimitWith413() throws Exception {
		try (Socket socket = RawHttp.connect(this.port, 20_000)) {
			OutputStream out = socket.getOutputStream();
			out.write(("PUT " + migratePath() + " HTTP/1.1\r\nHost: x\r\nX-Auth-Token: " + TOKEN
					+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
			for (int sent = 0; sent <= MAX_BODY; sent += 0x10000) {
				out.write(chunk);
			}
			out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			RawHttp.Raw reply = RawHttp.parse(RawHttp.readAll(socket.getInputStream()));
			assertThat(reply.status()).isEqualTo(413);
			assertThat(Refusals.problem(reply.status(), reply.body())).isNull();
			assertThat(reply.body()).contains("\"reason\":\"RequestEntityTooLarge\"", "request body is too large");
		}
	}

	@Test
	void acceptsAChunkedBodyWithinTheLimit() {
		RawHttp.Raw reply = RawHttp.exchange(this.port, ("PUT " + migratePath() + " HTTP/1.1\r\nHost: x\r\n"
				+ "X-Auth-Token: " + TOKEN + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
				+ "Connection: close\r\n\r\n" + Integer.toHexString(Bodies.migrate(NODE_A1).length()) + "\r\n"
				+ Bodies.migrate(NODE_A1) + "\r\n0\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1), false);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.body()).contains("\"jobID\"");
	}

	@Test
	void refusesJsonNestedDeeperThanSixtyFourLevels() {
		// inside the body's own object: 64 levels in all, then 65
		String deep = "[".repeat(63) + "]".repeat(63);
		String tooDeep = "[" + deep + "]";
		String body = Bodies.migrate(NODE_A1);
		assertThat(api().body("{\"x\":" + deep + "," + body.substring(1)).put(migratePath()).statusCode()).isEqualTo(200);
		api().post("/__admin/reset");
		assertCceError(api().body("{\"x\":" + tooDeep + "," + body.substring(1)).put(migratePath()),
				CceError.INVALID_REQUEST, "Document nesting depth (65) exceeds the maximum allowed (64");
	}

	@Test
	void refusesAHeaderSectionOverThirtyTwoKilobytesInCceFormat() {
		Response response = api().header("X-Padding", "a".repeat(33 * 1024)).get(projectPath() + "/clusters");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(Refusals.problem(400, response.asString())).isNull();
		assertThat(response.jsonPath().getString("message")).isEqualTo("request is not valid HTTP for this API");
		assertThat(api().header("X-Padding", "a".repeat(30 * 1024)).get(projectPath() + "/clusters").statusCode())
			.isEqualTo(200);
	}

	@Test
	void refusesMoreThanTwoHundredNodesInOneCall() {
		String[] nodes = new String[201];
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = "node-" + i;
		}
		assertCceError(api().body(Bodies.migrate(nodes)).put(migratePath()), CceError.INVALID_REQUEST,
				"spec.nodes: must list 1 to 200 nodes");
	}

	@Test
	void letsAnAdminDataLoadPassTheCloudApisLimit() {
		String export = RestAssured.given().port(this.port).get("/__admin/data").asString();
		String large = export.substring(0, export.length() - 1) + " ".repeat(2 * MAX_BODY) + "}";
		admin().body(large).put("/__admin/data").then().statusCode(200);
	}

}
