package io.cceemulator.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** The calls the emulated API has answered since the last reset, oldest first (the admin API's are not there). */
public final class Journal {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final AdminClient admin;

	Journal(AdminClient admin) {
		this.admin = admin;
	}

	public List<Call> calls() {
		return find("");
	}

	/** The calls of one operation, e.g. {@code MigrateNode}. */
	public List<Call> calls(String operation) {
		return find("?operation=" + AdminClient.encode(operation));
	}

	public void clear() {
		this.admin.send("DELETE", "/__admin/journal", null);
	}

	private List<Call> find(String query) {
		List<Call> calls = new ArrayList<>();
		for (JsonNode entry : this.admin.get("/__admin/journal" + query)) {
			JsonNode body = entry.path("body");
			calls.add(new Call(AdminClient.text(entry.path("requestId")), AdminClient.text(entry.path("operation")),
					AdminClient.text(entry.path("method")), AdminClient.text(entry.path("path")),
					AdminClient.text(entry.path("query")), entry.path("status").asInt(),
					AdminClient.text(entry.path("errorCode")), AdminClient.text(entry.path("rule")),
					(body.isMissingNode() || body.isNull()) ? null : body.toString(),
					entry.path("changes").isObject() ? AdminClient.JSON.convertValue(entry.path("changes"), MAP)
							: Map.of()));
		}
		return List.copyOf(calls);
	}

}
