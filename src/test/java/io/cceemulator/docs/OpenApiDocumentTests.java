package io.cceemulator.docs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.cceemulator.support.ApiTest;
import io.cceemulator.web.CceOperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The hand-written documents parse, hold together, and describe exactly the routes the emulator serves. */
class OpenApiDocumentTests extends ApiTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@SuppressWarnings("unchecked")
	private Map<String, Object> document(String name) {
		String yaml = admin().get("/__admin/docs/openapi/" + name + ".yaml").then().statusCode(200)
			.contentType("application/yaml").extract().asString();
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
	}

	/** "METHOD path" of every documented operation, with its operationId (or "" without one). */
	@SuppressWarnings("unchecked")
	private Map<String, String> documented(String name) {
		Map<String, String> operations = new TreeMap<>();
		((Map<String, Map<String, Object>>) document(name).get("paths")).forEach((path, item) -> item.forEach(
				(method, operation) -> operations.put(method.toUpperCase() + " " + path,
						String.valueOf(((Map<String, Object>) operation).getOrDefault("operationId", "")))));
		return operations;
	}

	/** "METHOD path" of every handler method whose path starts with one of the prefixes, with its CceOperation. */
	private Map<String, String> served(String... prefixes) {
		Map<String, String> operations = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			CceOperation operation = entry.getValue().getMethodAnnotation(CceOperation.class);
			for (String path : entry.getKey().getPatternValues()) {
				if (List.of(prefixes).stream().anyMatch(path::startsWith) && !path.startsWith("/__admin/docs")) {
					entry.getKey().getMethodsCondition().getMethods().forEach((method) -> operations
						.put(method.name() + " " + path, (operation != null) ? operation.value() : ""));
				}
			}
		}
		return operations;
	}

	@Test
	void describesEveryCceOperationTheEmulatorServesByItsSdkName() {
		Map<String, String> served = served("/api/", "/v3/");
		Map<String, String> documented = documented("cce");
		assertThat(documented.keySet()).isEqualTo(served.keySet());
		served.forEach((route, operation) -> {
			if (!operation.isEmpty()) {
				assertThat(documented.get(route)).as(route).isEqualTo(operation);
			}
		});
	}

	@Test
	void describesEveryAdminRoute() {
		assertThat(documented("admin").keySet()).isEqualTo(served("/__admin/").keySet());
	}

	@ParameterizedTest
	@ValueSource(strings = { "cce", "admin" })
	@SuppressWarnings("unchecked")
	void isAWellFormedOpenApi3Document(String name) {
		Map<String, Object> document = document(name);
		assertThat(String.valueOf(document.get("openapi"))).startsWith("3.0.");
		assertThat((Map<String, Object>) document.get("info")).containsKeys("title", "version");
		((Map<String, Map<String, Map<String, Object>>>) document.get("paths")).forEach((path, item) -> item
			.forEach((method, operation) -> {
				Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
				assertThat(responses).as(method + " " + path).isNotEmpty();
				responses.forEach((status, response) -> assertThat(status).matches("[1-5]\\d\\d|default"));
				assertThat(OpenApiTree.pathParameters(document, operation)).as("path parameters of " + method + " " + path)
					.isEqualTo(OpenApiTree.variables(path));
			}));
		assertThat(OpenApiTree.unresolvedReferences(document, document)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "cce", "admin" })
	void servesTheSameDocumentAsJson(String name) {
		Map<String, Object> json = admin().get("/__admin/docs/openapi/" + name + ".json").then().statusCode(200)
			.contentType("application/json").extract().jsonPath().getMap("$");
		assertThat(json).isEqualTo(document(name));
	}

	@Test
	void answersAnUnknownDocumentInTheAdminErrorShape() {
		admin().get("/__admin/docs/openapi/nope.json").then().statusCode(404)
			.body("code", equalTo("NOT_FOUND"));
	}

}
