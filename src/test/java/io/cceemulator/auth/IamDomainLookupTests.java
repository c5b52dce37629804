package io.cceemulator.auth;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.data.CredentialsData;
import io.cceemulator.data.CredentialsData.AccessKeyData;
import io.cceemulator.data.CredentialsData.UserData;
import io.cceemulator.data.EmulatorData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.error.GatewayError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/** IAM's {@code GET /v3/auth/domains}, as Terraform and the SDKs' global services call it, over HTTP. */
class IamDomainLookupTests extends ApiTest {

	private Response domains(SignedRequests request) {
		return request.get("/v3/auth/domains");
	}

	private SignedRequests signed() {
		return SignedRequests.to(this.port, this.clock.instant());
	}

	private static JsonPath listed(Response response) {
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.header("X-IAM-Trace-Id")).isEqualTo(response.header("X-Request-Id"));
		return response.jsonPath();
	}

	@Test
	void namesTheAccountOfTheUsersGrantedTheCredentialsProjects() {
		String userDomainId = RestAssured.given().port(this.port).contentType("application/json")
			.body(IamTokenTests.passwordBody(DefaultCredentials.USER, DefaultCredentials.PASSWORD, "null"))
			.post("/v3/auth/tokens").then().statusCode(201).extract().path("token.domain.id");
		JsonPath body = listed(domains(signed()));
		assertThat(body.getList("domains.name")).containsExactly(DefaultCredentials.DOMAIN);
		assertThat(body.getString("domains[0].id")).isEqualTo(userDomainId);
		assertThat(body.getBoolean("domains[0].enabled")).isTrue();
		assertThat(body.getString("domains[0].description")).isEmpty();
		assertThat(body.getString("domains[0].links.self"))
			.isEqualTo("http://127.0.0.1:" + this.port + "/v3/domains/" + userDomainId);
		assertThat(body.getString("links.self")).isEqualTo("http://127.0.0.1:" + this.port + "/v3/auth/domains");
		assertThat(body.getMap("links")).containsEntry("previous", null).containsEntry("next", null);
		assertThat(listed(RestAssured.given().port(this.port).header("X-Auth-Token", DefaultCredentials.TOKEN_B)
			.get("/v3/auth/domains")).getList("domains.id")).containsExactly(userDomainId);
	}

	@Test
	void namesEachAccountOfTheCredentialsProjectsAndTheDefaultOneForAProjectNoUserIsGranted() {
		this.data.load(new EmulatorData(List.of(new ProjectData(PROJECT, "cn-north-4", List.of(), List.of()),
				new ProjectData(OTHER_PROJECT, "cn-north-4_b", List.of(), List.of()),
				new ProjectData("p-x", "cn-east-3", List.of(), List.of())),
				new CredentialsData(List.of(new AccessKeyData(DefaultCredentials.AK, DefaultCredentials.SK,
						List.of(PROJECT, OTHER_PROJECT, "p-x"))),
						List.of(new UserData("alpha", "a", "Alpha-Passw0rd", List.of(PROJECT)),
								new UserData("beta", "b", "Beta-Passw0rd", List.of(OTHER_PROJECT))),
						List.of())));
		assertThat(listed(domains(signed())).getList("domains.name")).containsExactly("alpha", "beta",
				CredentialRegistry.DEFAULT_DOMAIN.name());
		assertThat(listed(signed().get("/v3/projects?name=cn-east-3")).getString("projects[0].domain_id"))
			.isEqualTo(CredentialRegistry.DEFAULT_DOMAIN.id());
	}

	@Test
	void givesTheDefaultAccountTheIdTheDataGivesAnAccountOfItsName() {
		assertThat(listed(domains(signed())).getString("domains[0].id"))
			.isEqualTo(CredentialRegistry.DEFAULT_DOMAIN.id());
	}

	@Test
	void refusesAbsentOrBadCredentialsInTheGatewaysBody() {
		assertGatewayError(RestAssured.given().port(this.port).get("/v3/auth/domains"), GatewayError.UNAUTHORIZED,
				"x-auth-token not found");
		assertGatewayError(domains(signed().keys(DefaultCredentials.AK_B, DefaultCredentials.SK)),
				GatewayError.UNAUTHORIZED, "verify aksk signature fail");
		assertGatewayError(domains(signed().date(this.clock.instant().minusSeconds(3600))), GatewayError.UNAUTHORIZED,
				"signature expired");
	}

}
