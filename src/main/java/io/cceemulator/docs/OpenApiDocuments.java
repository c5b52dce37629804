package io.cceemulator.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The documents under {@code classpath:openapi/}, written in YAML by hand and read on first request, so they cost
 * nothing at start-up.
 */
@Component
class OpenApiDocuments {

	static final List<String> NAMES = List.of("cce", "admin");

	private final Map<String, String> texts = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> trees = new ConcurrentHashMap<>();

	Optional<String> yaml(String name) {
		return NAMES.contains(name) ? Optional.of(this.texts.computeIfAbsent(name, OpenApiDocuments::read))
				: Optional.empty();
	}

	/** The same document as a tree, for its JSON form. */
	Optional<Map<String, Object>> tree(String name) {
		return yaml(name).map((text) -> this.trees.computeIfAbsent(name, (n) -> parse(text)));
	}

	private static String read(String name) {
		try (InputStream in = new ClassPathResource("openapi/" + name + ".yaml").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("openapi/" + name + ".yaml is missing from the classpath", ex);
		}
	}

	private static Map<String, Object> parse(String text) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
	}

}
