package io.cceemulator.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The calls the emulated API has answered since the last reset, oldest first (the admin API's are not there). */
public final class Journal {

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
		for (Object recorded : Json.array(this.admin.get("/__admin/journal" + query))) {
			Map<String, Object> entry = Json.object(recorded);
			Object body = entry.get("body");
			calls.add(new Call(text(entry, "requestId"), text(entry, "operation"), text(entry, "method"),
					text(entry, "path"), text(entry, "query"),
					(entry.get("status") instanceof Number status) ? status.intValue() : 0, text(entry, "errorCode"),
					text(entry, "rule"), (body != null) ? Json.write(body) : null, Json.object(entry.get("changes"))));
		}
		return List.copyOf(calls);
	}

	private static String text(Map<String, Object> entry, String field) {
		return Json.string(entry.get(field));
	}

}
