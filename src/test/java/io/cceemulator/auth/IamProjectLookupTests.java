package io.cceemulator.auth;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cceemulator.data.CredentialsData;
import io.cceemulator.data.CredentialsData.AccessKeyData;
import io.cceemulator.data.EmulatorData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.IamError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertGatewayError;
import static io.cceemulator.support.CceErrors.assertIamError;
import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/** IAM's {@code GET /v3/projects}, as the SDKs' project-id lookup and Terraform call it, over HTTP. */
class IamProjectLookupTests extends ApiTest {

	private Response signed(String pathAndQuery) {
		return SignedRequests.to(this.port, this.clock.instant()).get(pathAndQuery);
	}

	private Response withToken(String token, String pathAndQuery) {
		return RestAssured.given().port(this.port).urlEncodingEnabled(false).header("X-Auth-Token", token)
			.get(pathAndQuery);
	}

	/** The account id IAM's token names for the default data's users. */
	private String defaultDomainId() {
		return RestAssured.given().port(this.port).contentType("application/json")
			.body(IamTokenTests.passwordBody(DefaultCredentials.USER, DefaultCredentials.PASSWORD,
					"{\"id\":\"" + PROJECT + "\"}"))
			.post("/v3/auth/tokens").then().statusCode(201).extract().path("token.user.domain.id");
	}

	private static JsonPath listed(Response response) {
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.header("X-IAM-Trace-Id")).isEqualTo(response.header("X-Request-Id")).isNotBlank();
		return response.jsonPath();
	}

	@Test
	void findsTheProjectOfARegionByNameForTheAccessKeyGrantedIt() {
		String domainId = defaultDomainId();
		JsonPath body = listed(signed("/v3/projects?name=cn-north-4"));
		assertThat(body.getList("projects.id")).containsExactly(PROJECT);
		assertThat(body.getString("projects[0].name")).isEqualTo("cn-north-4");
		assertThat(body.getString("projects[0].domain_id")).isEqualTo(domainId);
		assertThat(body.getString("projects[0].parent_id")).isEqualTo(domainId);
		assertThat(body.getBoolean("projects[0].enabled")).isTrue();
		assertThat(body.getBoolean("projects[0].is_domain")).isFalse();
		assertThat(body.getString("projects[0].description")).isEmpty();
		assertThat(body.getString("projects[0].links.self"))
			.isEqualTo("http://127.0.0.1:" + this.port + "/v3/projects/" + PROJECT);
		assertThat(body.getString("links.self")).isEqualTo("http://127.0.0.1:" + this.port + "/v3/projects?name=cn-north-4");
		assertThat(body.getMap("links")).containsEntry("previous", null).containsEntry("next", null);
	}

	@Test
	void listsOnlyTheProjectsTheCredentialIsGrantedWithASubProjectBelowItsRegion() {
		assertThat(listed(signed("/v3/projects")).getList("projects.id")).containsExactly(PROJECT);
		JsonPath teamB = listed(withToken(DefaultCredentials.TOKEN_B, "/v3/projects"));
		assertThat(teamB.getList("projects.name")).containsExactly("cn-north-4_team-b");
		assertThat(teamB.getString("projects[0].parent_id")).isEqualTo(PROJECT);
		assertThat(teamB.getString("projects[0].domain_id")).isEqualTo(defaultDomainId());
	}

	@Test
	void answersAnEmptyListForANameTheCallerCannotSeeOrNoProjectHas() {
		assertThat(listed(signed("/v3/projects?name=cn-north-4_team-b")).getList("projects")).isEmpty();
		assertThat(listed(withToken(DefaultCredentials.TOKEN, "/v3/projects?name=eu-west-101")).getList("projects"))
			.isEmpty();
	}

	@Test
	void letsADomainScopedTokenListTheProjectsOfItsUser() {
		String token = RestAssured.given().port(this.port).contentType("application/json")
			.body(IamTokenTests.passwordBody(DefaultCredentials.USER_B, DefaultCredentials.PASSWORD_B, "null"))
			.post("/v3/auth/tokens").then().statusCode(201).extract().header("X-Subject-Token");
		assertThat(listed(withToken(token, "/v3/projects")).getList("projects.id")).containsExactly(OTHER_PROJECT);
	}

	@Test
	void filtersByAccountParentAndFlagsAndPagesByName() {
		this.data.load(new EmulatorData(List.of(new ProjectData(PROJECT, "cn-north-4", List.of(), List.of()),
				new ProjectData(OTHER_PROJECT, "cn-north-4_team-b", List.of(), List.of())),
				new CredentialsData(List.of(new AccessKeyData(DefaultCredentials.AK, DefaultCredentials.SK,
						List.of(PROJECT, OTHER_PROJECT))), List.of(), List.of())));
		String account = CredentialRegistry.DEFAULT_DOMAIN.id();
		assertThat(listed(signed("/v3/projects?domain_id=" + account)).getList("projects.id"))
			.containsExactly(PROJECT, OTHER_PROJECT);
		assertThat(listed(signed("/v3/projects?domain_id=other")).getList("projects")).isEmpty();
		assertThat(listed(signed("/v3/projects?parent_id=" + PROJECT)).getList("projects.id"))
			.containsExactly(OTHER_PROJECT);
		assertThat(listed(signed("/v3/projects?enabled=true&is_domain=false")).getList("projects")).hasSize(2);
		assertThat(listed(signed("/v3/projects?enabled=false")).getList("projects")).isEmpty();
		assertThat(listed(signed("/v3/projects?is_domain=true")).getList("projects")).isEmpty();

		JsonPath first = listed(signed("/v3/projects?per_page=1&page=1"));
		assertThat(first.getList("projects.name")).containsExactly("cn-north-4");
		assertThat(first.getString("links.previous")).isNull();
		assertThat(first.getString("links.next")).endsWith("/v3/projects?per_page=1&page=2");
		JsonPath second = listed(signed("/v3/projects?per_page=1&page=2"));
		assertThat(second.getList("projects.name")).containsExactly("cn-north-4_team-b");
		assertThat(second.getString("links.previous")).endsWith("/v3/projects?per_page=1&page=1");
		assertThat(second.getString("links.next")).isNull();
		assertThat(listed(signed("/v3/projects?per_page=1&page=3")).getList("projects")).isEmpty();
	}

	@Test
	void refusesPagingParametersThatAreNotValidInIamsBodyNamingTheParameter() {
		assertIamError(signed("/v3/projects?page=0&per_page=10"), IamError.INVALID_PARAMETER,
				"Request parameter page is invalid.");
		assertIamError(signed("/v3/projects?page=1&per_page=5001"), IamError.INVALID_PARAMETER,
				"Request parameter per_page is invalid.");
		assertIamError(signed("/v3/projects?page=one&per_page=10"), IamError.INVALID_PARAMETER,
				"Request parameter page is invalid.");
		assertIamError(signed("/v3/projects?page=1"), IamError.INVALID_PARAMETER,
				"Request parameter per_page is invalid.");
	}

	@Test
	void refusesAbsentOrBadCredentialsInTheGatewaysBodyBeforeLookingAtTheQuery() {
		assertGatewayError(RestAssured.given().port(this.port).get("/v3/projects?page=0"), GatewayError.UNAUTHORIZED,
				"x-auth-token not found");
		assertGatewayError(withToken("not-a-token", "/v3/projects"), GatewayError.UNAUTHORIZED, "decrypt token fail");
		assertGatewayError(SignedRequests.to(this.port, this.clock.instant()).keys(DefaultCredentials.AK, "wrong-sk")
			.get("/v3/projects?name=cn-north-4"), GatewayError.UNAUTHORIZED, "verify aksk signature fail");
		assertGatewayError(SignedRequests.to(this.port, this.clock.instant()).keys("NOSUCHAK", DefaultCredentials.SK)
			.get("/v3/projects"), GatewayError.UNAUTHORIZED, "ak NOSUCHAK not exist");
	}

	@Test
	void answersAnIamPathItDoesNotServeAsAnUnknownApiWithoutAskingForCredentials() {
		assertGatewayError(RestAssured.given().port(this.port).get("/v3/auth/projects"), GatewayError.API_NOT_FOUND,
				GatewayError.API_NOT_FOUND.message());
		assertGatewayError(RestAssured.given().port(this.port).post("/v3/projects"), GatewayError.API_NOT_FOUND,
				GatewayError.API_NOT_FOUND.message());
	}

}
