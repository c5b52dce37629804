package io.cceemulator.journal;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One recorded call.
 *
 * @param errorCode the refusal's {@code errorCode} (CCE) or {@code error_code} (gateway), null on success
 * @param rule the migration rule that refused the call, if a rule did
 * @param body the request body with every secret replaced by {@code ******}; null when there was none
 * @param changes what the call changed (e.g. the job it started and the nodes it moves)
 */
public record JournalEntry(long sequence, String requestId, Instant time, String operation, String projectId,
		String method, String path, String query, int status, String errorCode, String rule, JsonNode body,
		Map<String, Object> changes, long durationMicros) {
}
