package io.cceemulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings table of {@code docs/configuration.md} is the configuration metadata the build generates from
 * {@link EmulatorProperties}: every setting, its default and its description, in one place.
 */
class ConfigurationDocsTests {

	private static final String BEGIN = "<!-- settings: generated from EmulatorProperties, checked by ConfigurationDocsTests -->";

	private static final String END = "<!-- end of settings -->";

	@Test
	void listsEverySettingWithItsDefaultAsTheMetadataHasIt() throws IOException {
		String docs = Files.readString(docs().resolve("configuration.md"));
		assertThat(docs).contains(BEGIN, END);
		String table = docs.substring(docs.indexOf(BEGIN) + BEGIN.length(), docs.indexOf(END)).strip();
		assertThat(table).as("the table between the markers; it should read:%n%s", expected()).isEqualTo(expected());
	}

	private static String expected() throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("| setting (environment variable) | default | what it does |");
		rows.add("|---|---|---|");
		for (JsonNode property : metadata().get("properties")) {
			String name = property.get("name").asString();
			if (!name.startsWith("emulator.")) {
				continue;
			}
			String env = name.toUpperCase().replace('.', '_').replace("-", "");
			String fallback = property.has("defaultValue") ? property.get("defaultValue").asString() : "";
			String description = property.path("description").asString().replaceAll("\\{@code ([^}]*)}", "`$1`");
			if (property.has("deprecation")) {
				description = "deprecated: " + description;
			}
			rows.add("| `" + name + "` (`" + env + "`) | `" + fallback + "` | " + description + " |");
		}
		return String.join("\n", rows);
	}

	private static JsonNode metadata() throws IOException {
		for (URL url : Collections.list(ConfigurationDocsTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode tree = JsonMapper.shared().readTree(in);
				if (tree.get("groups").toString().contains("\"emulator\"")) {
					return tree;
				}
			}
		}
		throw new IllegalStateException("no configuration metadata of the emulator on the classpath");
	}

	/** The repository's docs folder, found from the build's working directory up. */
	static Path docs() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("mvnw"))) {
				return dir.resolve("docs");
			}
		}
		throw new IllegalStateException("no docs folder above " + Path.of("").toAbsolutePath());
	}

}
