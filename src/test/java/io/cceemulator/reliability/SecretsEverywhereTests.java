package io.cceemulator.reliability;

import java.util.ArrayList;
import java.util.List;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.auth.SignedRequests;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.Defaults.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After calls that carry every kind of secret (tokens, secret keys, IAM passwords, a node's salted password), in
 * requests that succeed and requests that fail, none of them is in a response, the log, the journal, the data export,
 * the job list, the signature failures or the metrics.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsEverywhereTests extends ApiTest {

	private final List<String> seen = new ArrayList<>();

	private void keep(Http.Reply reply) {
		this.seen.add(reply.headers() + "\n" + reply.body());
	}

	@Test
	void noSecretIsInAnyResponseLogJournalExportJobListOrMetric(CapturedOutput output) {
		Http a = Http.api(this.port);
		String migrate = projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B;
		String withPassword = """
				{"spec":{"os":"EulerOS 2.9","login":{"userPassword":{"username":"root","password":"%s"}},
				"nodes":[{"uid":"%s"}]}}""".formatted(Bodies.SALTED_PASSWORD, NODE_A1);
		keep(a.put(migrate, withPassword));
		keep(a.put(migrate, withPassword.replace(NODE_A1, NODE_A2).replace("\"root\"", "\"\"")));
		keep(a.put(migrate, withPassword.replace(Bodies.SALTED_PASSWORD, DefaultCredentials.PASSWORD)));
		keep(a.put(migrate, "{\"token\":\"" + DefaultCredentials.TOKEN_B + "\",\"sk\":\"" + DefaultCredentials.SK
				+ "\",\"spec\":{\"password\":\"" + DefaultCredentials.PASSWORD_B + "\"}}"));
		keep(a.put(migrate, "{\"password\":\"" + DefaultCredentials.PASSWORD + "\""));
		keep(Http.as(this.port, DefaultCredentials.TOKEN_B).get(projectPath() + "/clusters"));
		keep(Http.as(this.port, DefaultCredentials.TOKEN + "-wrong").get(projectPath() + "/clusters"));
		SignedRequests signed = SignedRequests.to(this.port, this.clock.instant());
		this.seen.add(signed.send("PUT", migrate, Bodies.migrate(NODE_A3)).asString());
		this.seen.add(signed.keys(DefaultCredentials.AK, DefaultCredentials.SK_B).get(projectPath() + "/clusters")
			.asString());
		io.restassured.response.Response issued = RestAssured.given().port(this.port).contentType("application/json")
			.body("""
					{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","password":"%s",
					"domain":{"name":"%s"}}}},"scope":{"project":{"id":"%s"}}}}""".formatted(DefaultCredentials.USER,
					DefaultCredentials.PASSWORD, DefaultCredentials.DOMAIN, PROJECT))
			.post("/v3/auth/tokens");
		String issuedToken = issued.header("X-Subject-Token");
		assertThat(issuedToken).isNotBlank();
		this.seen.add(issued.asString());
		keep(Http.as(this.port, issuedToken).get(projectPath() + "/clusters"));

		Http admin = Http.admin(this.port);
		for (String place : List.of("/__admin/journal", "/__admin/data", "/__admin/jobs",
				"/__admin/auth/signature-failures", "/actuator/prometheus")) {
			Http.Reply reply = admin.get(place);
			assertThat(reply.status()).as(place).isEqualTo(200);
			this.seen.add(place + "\n" + reply.body());
		}
		List<String> secrets = new ArrayList<>(DefaultCredentials.SECRETS);
		secrets.addAll(List.of(Bodies.SALTED_PASSWORD, issuedToken));
		assertThat(this.seen).hasSizeGreaterThan(15)
			.allSatisfy((text) -> assertThat(text).doesNotContain(secrets));
		assertThat(this.seen.get(this.seen.size() - 5)).as("the journal").contains("******", "MigrateNode");
		assertThat(output.getAll()).doesNotContain(secrets);
	}

}
