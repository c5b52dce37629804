package io.cceemulator.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.auth.SignedRequests;
import io.cceemulator.error.GatewayError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A signed request replayed after its date window, and ids dressed up with path tricks: refused, and harmless. */
class ReplayAndPathTrickTests extends ApiTest {

	private static final List<String> TRICKS = List.of("..", "%2e%2e", "..%2F..%2F", "%2F", "..%5C..%5C", "%252e%252e%252f",
			"%00", "%c0%ae%c0%ae%c0%af", ".%2e/", "%2e%2e%2f%2e%2e%2f", "*", "%zz", "..;", "\\..\\");

	@Test
	void refusesASignedRequestReplayedOutsideItsDateWindow() {
		this.clock.freeze();
		SignedRequests original = SignedRequests.to(this.port, this.clock.instant());
		String path = projectPath() + "/clusters/" + STD_A;
		assertThat(original.get(path).statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(original.get(path).statusCode()).as("a replay inside the window is a valid request").isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(2));
		Response replayed = original.get(path);
		assertGatewayError(replayed, GatewayError.UNAUTHORIZED, "signature expired");
		assertThat(replayed.asString()).doesNotContain(DefaultCredentials.SK);
	}

	@Test
	void idsWithPathTricksFindNothingAndChangeNothing() {
		String before = admin().get("/__admin/data").asString();
		String a = "/api/v3/projects/" + PROJECT;
		String b = "/api/v3/projects/" + OTHER_PROJECT;
		for (String trick : TRICKS) {
			List<String[]> probes = List.of(
					new String[] { DefaultCredentials.TOKEN_B, "GET", b + "/clusters/" + trick + OTHER_PROJECT + "/../../" + PROJECT.substring(0, 4) },
					new String[] { DefaultCredentials.TOKEN_B, "GET", b + "/clusters/" + trick + "projects%2F" + PROJECT + "%2Fclusters" },
					new String[] { DefaultCredentials.TOKEN_B, "GET", b + "/jobs/" + trick + "jobs" },
					new String[] { DefaultCredentials.TOKEN_B, "GET", b + "/clusters/" + OTHER_PROJECT_CLUSTER + "/nodes/" + trick + NODE_A1 },
					new String[] { DefaultCredentials.TOKEN, "GET", a + "/clusters/" + STD_A + trick + "/nodes" },
					new String[] { DefaultCredentials.TOKEN, "PUT", a + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + trick + STD_B },
					new String[] { DefaultCredentials.TOKEN, "PUT", a + "/clusters/" + trick + STD_A + "/nodes/operation/migrateto/" + STD_B });
			for (String[] probe : probes) {
				String body = "{\"spec\":{\"os\":\"EulerOS 2.9\",\"login\":{\"sshKey\":\"k\"},\"nodes\":[{\"uid\":\"" + NODE_A1 + "\"}]}}";
				RawHttp.Raw reply = RawHttp.exchange(this.port, RawHttp.request(probe[1], probe[2],
						"X-Auth-Token: " + probe[0] + "\r\nContent-Type: application/json\r\n",
						probe[1].equals("PUT") ? body.getBytes(StandardCharsets.UTF_8) : new byte[0]));
				String what = probe[1] + " " + probe[2];
				assertThat(Refusals.problem(reply.status(), reply.body())).as(what + " -> " + reply.status() + " " + reply.body())
					.isNull();
				assertThat(reply.body()).as(what).doesNotContain("\"items\"", "\"metadata\":{\"name\"", "jobID");
			}
		}
		assertThat(admin().get("/__admin/data").asString()).isEqualTo(before);
		admin().get("/__admin/jobs").then().statusCode(200).body("size()", equalTo(0));
	}

}
