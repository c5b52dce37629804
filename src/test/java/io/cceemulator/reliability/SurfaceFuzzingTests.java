package io.cceemulator.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;
import io.cceemulator.support.Defaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Careless and hostile input on every surface but the body (which {@link HostileInputTests} mutates): odd path
 * segments and matrix parameters, broken percent-escapes and floods of query parameters, odd content types and
 * headers, broken admin bodies. Whatever comes, the answer is never a 5xx, always the right error body for its API
 * with an {@code X-Request-Id}, and a refusal changes nothing. The seed is printed; {@code -Dreliability.seed=N}
 * replays a run.
 */
@Tag("slow")
class SurfaceFuzzingTests extends ApiTest {

	private static final String P = "/api/v3/projects/" + Defaults.PROJECT;

	/** The inputs an attack run found answered with 500, each a probe of its own. */
	private static final List<String[]> KNOWN = List.of(
			get(P + "/clusters?status=%"), get(P + "/clusters/" + Defaults.STD_A + "/nodepools?showDefaultNodePool=%"),
			get(P + "/clusters?" + "a=b&".repeat(1_500) + "status=Available"), get(P + "/clusters/;..%/nodes"),
			get("/api/v3/projects/P;x=%/clusters"), get(P + "/jobs/;x=%zz"), get(P + "/clusters?version=v99999999999999999999.1"),
			get("/__admin/journal?path=%"), get("/__admin/jobs?phase=%ZZ"), put("/__admin/data?baseline=%", "{}"),
			put("/__admin/data", "{}"), put("/__admin/data", "{\"projects\":null}"),
			put("/__admin/data", "{\"projects\":[null]}"),
			put("/__admin/data", "{\"projects\":[{\"id\":\"p\",\"clusters\":[null]}]}"),
			put("/__admin/data", "{\"projects\":[{\"id\":\"p\",\"clusters\":[{\"id\":\"c\",\"vpc\":\"v\",\"nodes\":[null]}]}]}"),
			post("/__admin/projects/" + Defaults.PROJECT + "/clusters/" + Defaults.STD_A + "/nodes", "{\"nodes\":[null]}"),
			post("/__admin/projects/" + Defaults.PROJECT + "/clusters/" + Defaults.STD_A + "/nodes",
					"{\"nodeSets\":[{\"count\":2147483647,\"template\":{}}]}"),
			post("/__admin/clock/advance", "{\"by\":\"PT9223372036854775807S\"}"),
			post("/__admin/clock/advance", "{\"to\":\"+1000000000-01-01T00:00:00Z\"}"),
			post("/__admin/projects/" + Defaults.PROJECT + "/clusters", "{\"id\":\"c/1\",\"vpc\":\"v\"}"),
			post("/__admin/faults", "{\"kind\":\"error\",\"status\":500,\"errorCode\":\"X\",\"body\":\"html\"}"));

	private static String[] get(String path) {
		return new String[] { "GET", path, null, "application/json" };
	}

	private static String[] put(String path, String body) {
		return new String[] { "PUT", path, body, "application/json" };
	}

	private static String[] post(String path, String body) {
		return new String[] { "POST", path, body, "application/json" };
	}

	private final List<String> failures = new ArrayList<>();

	@Test
	void answersEveryKnownCarelessInputWithARefusalOfItsApi() {
		String before = admin().get("/__admin/data").asString();
		for (String[] probe : KNOWN) {
			check(probe[0], probe[1], probe[2], probe[3], "");
		}
		assertThat(this.failures).isEmpty();
		assertThat(admin().get("/__admin/data").asString()).as("state after the refusals").isEqualTo(before);
	}

	@Test
	void answersContentTypesOfEveryKindOnTheWriteCalls() {
		String refused = Bodies.migrateWithExtend("{\"DockerLVMConfigOverride\":\"" + Bodies.LVM_EVS.replace("evs", "ssd")
				+ "\"}", Defaults.NODE_A1);
		String token = "{\"auth\":{\"identity\":{\"methods\":[\"password\"]}}}";
		for (String type : List.of("*/*", "application/*", "text/plain", "", "application/json;charset=nope",
				"multipart/form-data", "application/x-www-form-urlencoded", ";;;", "application/json, text/plain")) {
			check("PUT", P + "/clusters/" + Defaults.STD_A + "/nodes/operation/migrateto/" + Defaults.STD_B, refused, type,
					"");
			check("POST", "/v3/auth/tokens", token, type, "");
			check("PUT", "/__admin/clock", "{\"mode\":\"manual\"}", type, "");
		}
		assertThat(this.failures).isEmpty();
	}

	@Test
	void answersSeededMutantsOfPathsQueriesAndHeaders() {
		long seed = Long.getLong("reliability.seed", System.nanoTime());
		Random random = new Random(seed);
		String before = admin().get("/__admin/data").asString();
		List<String> paths = List.of(P + "/clusters", P + "/clusters/" + Defaults.STD_A,
				P + "/clusters/" + Defaults.STD_A + "/nodes/" + Defaults.NODE_A1, P + "/clusters/" + Defaults.STD_A
						+ "/nodepools", P + "/jobs/x", "/__admin/jobs", "/__admin/journal", "/__admin/clock",
				"/__admin/data", "/actuator/health");
		List<String> odd = List.of("%", "%zz", "%2", "%2F", "%00", ";x=%", ";", "..", "%2e%2e", "//", "\\", "é", "%C0%AF",
				"?", "#", "*", "%25", "{x}", "[", "]", "|", "^", "`");
		for (int i = 0; i < 400 && this.failures.size() < 10; i++) {
			String path = paths.get(random.nextInt(paths.size()));
			StringBuilder mutated = new StringBuilder(path);
			for (int m = 0; m < 1 + random.nextInt(3); m++) {
				int at = 1 + random.nextInt(mutated.length() - 1);
				mutated.insert(at, odd.get(random.nextInt(odd.size())));
			}
			String query = switch (random.nextInt(5)) {
				case 0 -> "?status=" + odd.get(random.nextInt(odd.size()));
				case 1 -> "?" + "k=v&".repeat(random.nextInt(2_000));
				case 2 -> "?detail=" + odd.get(random.nextInt(odd.size())) + "&limit=-1&phase=%ZZ";
				case 3 -> "?=&&==&%=%";
				default -> "";
			};
			String header = switch (random.nextInt(4)) {
				case 0 -> "X-Sdk-Date: " + odd.get(random.nextInt(odd.size())) + "\r\n";
				case 1 -> "Accept: " + odd.get(random.nextInt(odd.size())) + "\r\n";
				case 2 -> "Authorization: SDK-HMAC-SHA256 " + odd.get(random.nextInt(odd.size())) + "\r\n";
				default -> "X-Project-Id: " + odd.get(random.nextInt(odd.size())) + "\r\n";
			};
			check("GET", mutated + query, null, "application/json", header);
		}
		System.out.printf("SurfaceFuzzingTests seed=%d%n", seed);
		assertThat(this.failures).as("seed " + seed).isEmpty();
		assertThat(admin().get("/__admin/data").asString()).isEqualTo(before);
	}

	private void check(String method, String path, String body, String contentType, String headers) {
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		String typeHeader = contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n";
		RawHttp.Raw reply;
		try {
			reply = RawHttp.exchange(this.port, RawHttp.request(method, path,
					"X-Auth-Token: " + Defaults.TOKEN + "\r\n" + typeHeader + headers, bytes));
		}
		catch (RuntimeException ex) {
			this.failures.add(method + " " + path + " -> " + ex);
			return;
		}
		String what = method + " " + shorten(path) + " [" + contentType + "] -> " + reply.status() + " "
				+ shorten(reply.body());
		if (reply.status() == 0 || reply.status() >= 500) {
			this.failures.add("a 5xx or nothing: " + what);
			return;
		}
		if (!reply.head().toLowerCase(Locale.ROOT).contains("x-request-id:")) {
			this.failures.add("no X-Request-Id: " + what);
		}
		if (reply.status() >= 400) {
			boolean admin = path.equals("/__admin") || path.startsWith("/__admin/") || path.startsWith("/__admin?");
			// a request line Tomcat cannot parse has no path yet, so no API to answer for: it may get CCE's body
			boolean unparsable = !VALID_TARGET.matcher(path).matches();
			String problem = admin ? adminProblem(reply) : cloudProblem(path, reply);
			if (problem != null && admin && unparsable && Refusals.problem(reply.status(), reply.body()) == null) {
				problem = null;
			}
			if (problem != null) {
				this.failures.add(problem + ": " + what);
			}
		}
	}

	private static String cloudProblem(String path, RawHttp.Raw reply) {
		if (path.startsWith("/v3/")) {
			JsonNode json = json(reply.body());
			return (json != null && json.has("error_code") && json.has("error_msg")) ? null : "not IAM's error body";
		}
		return Refusals.problem(reply.status(), reply.body());
	}

	/** The characters Tomcat accepts in a request target (RFC 3986's, less the brackets it keeps for hosts). */
	private static final Pattern VALID_TARGET = Pattern.compile("[A-Za-z0-9\\-._~:/?@!$&'()*+,;=%]*");

	private static String adminProblem(RawHttp.Raw reply) {
		JsonNode json = json(reply.body());
		boolean ok = json != null && json.path("status").isInt() && json.path("status").asInt() == reply.status()
				&& json.has("code")
				&& json.has("message");
		return ok ? null : "not the admin API's error body";
	}

	private static JsonNode json(String body) {
		try {
			JsonNode json = JsonMapper.shared().readTree(body);
			return (json != null && json.isObject()) ? json : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String shorten(String text) {
		return (text.length() > 160) ? text.substring(0, 160) + "..." : text;
	}

}
