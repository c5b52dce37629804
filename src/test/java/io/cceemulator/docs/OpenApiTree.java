package io.cceemulator.docs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks an OpenAPI document parsed into maps and lists: its references and path parameters. */
final class OpenApiTree {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	private OpenApiTree() {
	}

	/** The names in a path template's braces. */
	static Set<String> variables(String path) {
		Set<String> names = new TreeSet<>();
		Matcher m = PATH_VARIABLE.matcher(path);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** The names of the operation's {@code in: path} parameters, following references. */
	@SuppressWarnings("unchecked")
	static Set<String> pathParameters(Map<String, Object> document, Map<String, Object> operation) {
		Set<String> names = new TreeSet<>();
		for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
			Map<String, Object> p = (Map<String, Object>) resolve(document, parameter);
			if ("path".equals(p.get("in"))) {
				names.add((String) p.get("name"));
			}
		}
		return names;
	}

	/** The node a local {@code $ref} names (null if none); any other node as it is. */
	@SuppressWarnings("unchecked")
	static Object resolve(Map<String, Object> document, Object node) {
		if (node instanceof Map<?, ?> map && map.get("$ref") instanceof String ref) {
			Object target = document;
			for (String part : ref.substring(2).split("/")) {
				target = (target instanceof Map<?, ?> m) ? ((Map<String, Object>) m).get(part) : null;
			}
			return target;
		}
		return node;
	}

	/** Every {@code $ref} under {@code node} that names nothing in the document. */
	static List<String> unresolvedReferences(Map<String, Object> document, Object node) {
		if (node instanceof Map<?, ?> map) {
			if (map.get("$ref") instanceof String ref) {
				return (ref.startsWith("#/") && resolve(document, map) != null) ? List.of() : List.of(ref);
			}
			return map.values().stream().flatMap((v) -> unresolvedReferences(document, v).stream()).toList();
		}
		if (node instanceof List<?> list) {
			return list.stream().flatMap((v) -> unresolvedReferences(document, v).stream()).toList();
		}
		return List.of();
	}

}
