package io.cceemulator.reliability;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every refused call must look like: a 4xx in CCE's body (or its gateway's), never a stack trace. */
final class Refusals {

	private static final List<String> STACK_TRACE = List.of("Exception", "\tat ", "at io.cceemulator", "at org.",
			"java.lang", "<html");

	private Refusals() {
	}

	/** @return what is wrong with the response, or null if it is a well-formed refusal */
	static String problem(int status, String body) {
		if (status < 400 || status > 499) {
			return "status " + status;
		}
		for (String marker : STACK_TRACE) {
			if (body.contains(marker)) {
				return "body contains '" + marker.strip() + "'";
			}
		}
		JsonNode json;
		try {
			json = JsonMapper.shared().readTree(body);
		}
		catch (RuntimeException ex) {
			return "body is not JSON";
		}
		if (json == null || !json.isObject()) {
			return "body is not a JSON object";
		}
		if (json.path("error_code").asString("").startsWith("APIGW.")) {
			return (json.has("error_msg") && json.has("request_id")) ? null : "gateway body incomplete";
		}
		boolean cce = "Status".equals(json.path("kind").asString("")) && json.path("code").asInt() == status
				&& !json.path("errorCode").asString("").isEmpty() && !json.path("errorMessage").asString("").isEmpty()
				&& !json.path("error_code").asString("").isEmpty() && !json.path("error_msg").asString("").isEmpty()
				&& !json.path("message").asString("").isEmpty();
		return cce ? null : "not CCE's error body";
	}

	/** A short name of the refusal, to count how many kinds a run met. */
	static String kind(int status, String body) {
		try {
			JsonNode json = JsonMapper.shared().readTree(body);
			String message = json.path("message").asString(json.path("error_msg").asString(""));
			String head = message.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>").replaceAll("\\d+", "N");
			return status + " " + ((head.length() > 60) ? head.substring(0, 60) : head);
		}
		catch (RuntimeException ex) {
			return status + " (not JSON)";
		}
	}

}
