package io.cceemulator.docs;

import java.net.URI;
import java.util.Map;

import io.cceemulator.web.ApiSurface;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.AdminException;

/** The Swagger UI page and the OpenAPI documents it shows; Swagger UI's own files come from its webjar. */
@RestController
@RequestMapping(ApiSurface.ADMIN_PREFIX + "/docs")
class DocsController {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	private static final Resource PAGE = new ClassPathResource("openapi/index.html");

	private final OpenApiDocuments documents;

	DocsController(OpenApiDocuments documents) {
		this.documents = documents;
	}

	/** The page loads its files relative to itself, so it lives at the address with the slash. */
	@GetMapping
	ResponseEntity<Void> toPage() {
		return ResponseEntity.status(302).location(URI.create(ApiSurface.ADMIN_PREFIX + "/docs/")).build();
	}

	@GetMapping("/")
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
	}

	@GetMapping("/openapi/{name}.yaml")
	ResponseEntity<String> yaml(@PathVariable("name") String name) {
		return ResponseEntity.ok().contentType(YAML).body(this.documents.yaml(name).orElseThrow(() -> unknown(name)));
	}

	@GetMapping("/openapi/{name}.json")
	Map<String, Object> json(@PathVariable("name") String name) {
		return this.documents.tree(name).orElseThrow(() -> unknown(name));
	}

	private static AdminException unknown(String name) {
		return AdminException.notFound("no OpenAPI document " + name + "; there are " + OpenApiDocuments.NAMES);
	}

}
