package io.cceemulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages and the arrows between them, read from the sources' imports: {@code job} and {@code error}
 * know no feature, nothing depends on {@code admin}, and the features form no cycle.
 */
class ArchitectureTests {

	private static final Path MAIN = Path.of("src/main/java/io/cceemulator");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.cceemulator\\.(\\w+)\\.", Pattern.MULTILINE);

	private static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> arrows = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Path relative = MAIN.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String from = relative.getName(0).toString();
				Matcher m = IMPORT.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group(1).equals(from) && Files.isDirectory(MAIN.resolve(m.group(1)))) {
						arrows.computeIfAbsent(from, (k) -> new TreeSet<>()).add(m.group(1));
					}
				}
			}
		}
		return arrows;
	}

	@Test
	void keepsJobErrorAndSystemFreeOfFeatures() throws IOException {
		Map<String, Set<String>> arrows = dependencies();
		assertThat(arrows.getOrDefault("job", Set.of())).isSubsetOf("error", "system");
		assertThat(arrows.getOrDefault("error", Set.of())).isSubsetOf("system");
		assertThat(arrows.getOrDefault("system", Set.of())).isEmpty();
	}

	@Test
	void letsNothingDependOnAdmin() throws IOException {
		dependencies().forEach((from, to) -> assertThat(to).as(from).doesNotContain("admin"));
	}

	@Test
	void hasNoCycleBetweenPackages() throws IOException {
		Map<String, Set<String>> arrows = dependencies();
		for (String start : arrows.keySet()) {
			assertThat(reachable(arrows, start)).as("packages reachable from " + start).doesNotContain(start);
		}
	}

	private static Set<String> reachable(Map<String, Set<String>> arrows, String start) {
		Set<String> seen = new TreeSet<>();
		List<String> todo = new java.util.ArrayList<>(arrows.getOrDefault(start, Set.of()));
		while (!todo.isEmpty()) {
			String next = todo.remove(todo.size() - 1);
			if (seen.add(next)) {
				todo.addAll(arrows.getOrDefault(next, Set.of()));
			}
		}
		return seen;
	}

}
