package io.cceemulator.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cceemulator.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The browsable Swagger UI: its page, every file the page loads, and the documents it shows. */
class DocsUiTests extends ApiTest {

	private static final Pattern LOADED = Pattern.compile("(?:src|href|url:)\\s*=?\\s*\"([^\"]+)\"");

	@Test
	void servesThePageWithBothDocuments() {
		String page = admin().get("/__admin/docs/").then().statusCode(200).contentType("text/html").extract().asString();
		assertThat(loadedBy(page)).contains("webjars/swagger-ui/swagger-ui-bundle.js", "openapi/cce.yaml",
				"openapi/admin.yaml");
		for (String file : loadedBy(page)) {
			admin().get("/__admin/docs/" + file).then().statusCode(200);
		}
	}

	@Test
	void redirectsToThePageFromTheAddressWithoutASlash() {
		admin().redirects().follow(false).get("/__admin/docs").then().statusCode(302).header("Location",
				"/__admin/docs/");
	}

	@Test
	void servesSwaggerUiFromItsWebjarWithoutTheVersion() {
		admin().get("/__admin/docs/webjars/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
			.contentType("text/javascript");
		admin().get("/__admin/docs/webjars/swagger-ui/swagger-ui.css").then().statusCode(200).contentType("text/css");
	}

	@Test
	void answersAMissingFileInTheAdminErrorShape() {
		admin().get("/__admin/docs/webjars/swagger-ui/nope.js").then().statusCode(404).body("code",
				equalTo("NOT_FOUND"));
	}

	private static List<String> loadedBy(String page) {
		Matcher m = LOADED.matcher(page);
		List<String> files = new ArrayList<>();
		while (m.find()) {
			files.add(m.group(1));
		}
		return files;
	}

}
