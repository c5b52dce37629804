package io.cceemulator.auth;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import io.cceemulator.data.CredentialsData;
import io.cceemulator.data.EmulatorData;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.data.InvalidDataException;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.OTHER_PROJECT;
import static io.cceemulator.support.Defaults.PROJECT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** Credentials come with the loaded data, are checked with it, and are replaced with it. */
class CredentialLoadingTests extends ApiTest {

	private static final List<ProjectData> TWO_PROJECTS = List.of(new ProjectData("p-x", "x", List.of(), List.of()),
			new ProjectData(OTHER_PROJECT, "b", List.of(), List.of()));

	private ValidatableResponse clusters(String token, String project) {
		return RestAssured.given()
			.port(this.port)
			.header("X-Auth-Token", token)
			.get("/api/v3/projects/" + project + "/clusters")
			.then();
	}

	@Test
	void givesDataWithoutCredentialsTheFallbackTokenAndAccessKeyForEveryProject() {
		this.data.load(new EmulatorData(TWO_PROJECTS));
		clusters(DefaultCredentials.TOKEN, "p-x").statusCode(200).body("items.size()", equalTo(0));
		clusters(DefaultCredentials.TOKEN, OTHER_PROJECT).statusCode(200);
		clusters(DefaultCredentials.TOKEN_B, OTHER_PROJECT).statusCode(401);
		SignedRequests.to(this.port, this.clock.instant()).get("/api/v3/projects/p-x/clusters").then().statusCode(200);
	}

	@Test
	void givesTheDocumentedExampleLoadedThroughTheAdminApiTheFallbackCredentials() {
		String example = """
				{"projects":[{"id":"p1","clusters":[{"id":"c1","vpc":"vpc-1",
				  "nodes":[{"id":"n1","dataVolumes":[{"volumetype":"SAS","size":100}]}],
				  "nodeSets":[{"count":1000,"namePrefix":"bulk","template":{"dataVolumes":[{"volumetype":"SAS","size":100}]}}]}]}]}""";
		admin().body(example).put("/__admin/data").then().statusCode(200);
		clusters(DefaultCredentials.TOKEN, "p1").statusCode(200).body("items.size()", equalTo(1));
		SignedRequests.to(this.port, this.clock.instant()).get("/api/v3/projects/p1/clusters/c1/nodes/n1").then()
			.statusCode(200);
	}

	@Test
	void replacesTheCredentialsWithTheData() {
		this.data.load(new EmulatorData(TWO_PROJECTS, new CredentialsData(List.of(), List.of(),
				List.of(new CredentialsData.TokenData("team-x-token", List.of("p-x"))))));
		clusters("team-x-token", "p-x").statusCode(200);
		clusters(DefaultCredentials.TOKEN, "p-x").statusCode(401);
		this.data.reset();
		clusters("team-x-token", PROJECT).statusCode(401);
		clusters(DefaultCredentials.TOKEN, PROJECT).statusCode(200);
	}

	@Test
	void refusesCredentialsNamingAnUnknownProjectAndKeepsTheCurrentOnes() {
		assertThatThrownBy(() -> this.data.load(new EmulatorData(TWO_PROJECTS, new CredentialsData(List.of(),
				List.of(), List.of(new CredentialsData.TokenData("team-x-token", List.of(PROJECT)))))))
			.isInstanceOf(InvalidDataException.class)
			.hasMessage("credentials.tokens[0]: names unknown project " + PROJECT);
		clusters(DefaultCredentials.TOKEN, PROJECT).statusCode(200);
	}

}
