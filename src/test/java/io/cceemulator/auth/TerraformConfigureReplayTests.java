package io.cceemulator.auth;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What terraform-provider-huaweicloud sends while it configures itself (huaweicloud/provider.go
 * {@code configureProvider}, config/config.go {@code LoadAndValidate}, golangsdk openstack/client.go
 * {@code v3AKSKAuth}), replayed with golangsdk's requests, because Terraform itself cannot run here. Given
 * {@code project_id} and {@code domain_id} it asks IAM nothing; left out, it looks the project up at {@code auth_url}
 * ({@code GET .../v3/projects?name=<region>}) and the account at the {@code iam} endpoint
 * ({@code GET .../v3/auth/domains}), through golangsdk's pager, which accepts 200, 202, 204 and 300, reads JSON only
 * under a {@code Content-Type} beginning {@code application/json}, and follows {@code links.next} until it is empty.
 */
class TerraformConfigureReplayTests extends ApiTest {

	/** pagination/http.go {@code Request}. */
	private static final Set<Integer> PAGER_OK = Set.of(200, 202, 204, 300);

	private GolangsdkRequests terraform(String sk) {
		return new GolangsdkRequests(DefaultCredentials.AK, sk, this.clock.instant());
	}

	private String endpoint() {
		return "http://127.0.0.1:" + this.port + "/";
	}

	/** One page through golangsdk's pager: an accepted status, JSON, and no next page. */
	private static JsonPath onePage(HttpResponse<String> response) {
		assertThat(PAGER_OK).as(response.body()).contains(response.statusCode());
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		JsonPath page = JsonPath.from(response.body());
		assertThat(page.getString("links.next")).as("links.next ends the pager").isNullOrEmpty();
		return page;
	}

	@Test
	void withProjectIdAndDomainIdTheFirstCallIsCceSignedAsGolangsdkSignsIt() throws Exception {
		// newServiceClientByEndpoint: ResourceBase = endpoint + "api/v3/projects/" + project_id + "/"
		HttpResponse<String> clusters = terraform(DefaultCredentials.SK).get(
				endpoint() + "api/v3/projects/" + PROJECT + "/clusters", Map.of("X-Project-Id", PROJECT));
		assertThat(clusters.statusCode()).as(clusters.body()).isEqualTo(200);
		assertThat(JsonPath.from(clusters.body()).getList("items")).isNotEmpty();
	}

	@Test
	void withoutThemItLooksUpTheProjectAtAuthUrlAndTheAccountAtTheIamEndpoint() throws Exception {
		// auth_url = ".../v3": ChooseVersion sees the /v3/ suffix and calls nothing; getProjectID takes projects[0]
		JsonPath projects = onePage(terraform(DefaultCredentials.SK).get(endpoint() + "v3/projects?name=cn-north-4",
				Map.of()));
		assertThat(projects.getList("projects.id")).containsExactly(PROJECT);
		// LoadAndValidate's getDomainID: IdentityV3Client (endpoints.iam + "v3/") + "auth/" + "domains", no query
		JsonPath domains = onePage(terraform(DefaultCredentials.SK).get(endpoint() + "v3/auth/domains", Map.of()));
		assertThat(domains.getList("domains.name")).containsExactly(DefaultCredentials.DOMAIN);
		String domainId = domains.getString("domains[0].id");
		assertThat(domainId).isEqualTo(projects.getString("projects[0].domain_id"));

		HttpResponse<String> clusters = terraform(DefaultCredentials.SK).get(
				endpoint() + "api/v3/projects/" + projects.getString("projects[0].id") + "/clusters",
				Map.of("X-Project-Id", PROJECT));
		assertThat(clusters.statusCode()).isEqualTo(200);
	}

	@Test
	void aRegionTheKeyHasNoProjectInIsAnEmptyPageWhichGetProjectIdReportsAsNotFound() throws Exception {
		JsonPath projects = onePage(terraform(DefaultCredentials.SK).get(endpoint() + "v3/projects?name=cn-east-3",
				Map.of()));
		assertThat(projects.getList("projects")).isEmpty();
	}

	@Test
	void aWrongSecretKeyFailsTheLookupWithTheGatewaysUnauthorizedWhichTheProviderReports() throws Exception {
		for (String path : List.of("v3/projects?name=cn-north-4", "v3/auth/domains")) {
			HttpResponse<String> refused = terraform("wrong-secret-key").get(endpoint() + path, Map.of());
			assertThat(refused.statusCode()).isEqualTo(401);
			JsonPath body = JsonPath.from(refused.body());
			assertThat(body.getString("error_code")).isEqualTo("APIGW.0301");
			assertThat(body.getString("error_msg")).startsWith("Incorrect IAM authentication information: verify aksk");
			assertThat(body.getString("request_id")).isEqualTo(refused.headers().firstValue("X-Request-Id").orElseThrow());
		}
	}

	@Test
	void servicesTheEmulatorDoesNotServeAnswerAtOnceWithTheGatewaysNotFoundWhichTheProviderOnlyWarnsAbout()
			throws Exception {
		// SetWebsiteType's BSS probe (without skip_check_website_type), the ICAgent install after a cluster create (aom)
		for (String path : List.of("v2/products/service-types?limit=1", "svcstg/icmgr/v1/" + PROJECT + "/agents")) {
			HttpResponse<String> response = terraform(DefaultCredentials.SK).get(endpoint() + path,
					Map.of("X-Project-Id", PROJECT));
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(JsonPath.from(response.body()).getString("error_code")).isEqualTo("APIGW.0101");
		}
	}

}
