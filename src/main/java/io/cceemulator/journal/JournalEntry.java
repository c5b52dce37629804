package io.cceemulator.journal;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One recorded call.
 *
 * @param errorCode the refusal's {@code errorCode} (CCE) or {@code error_code} (gateway or IAM), null on success
 * @param rule the business rule that refused the call, if a rule did
 * @param body the request body as JSON text with every secret replaced by {@code ******}; null when there was none
 * @param changes what the call changed (the jobs it started, the clusters, pools, nodes and images it put or removed)
 */
public record JournalEntry(long sequence, String requestId, Instant time, String operation, String projectId,
		String method, String path, String query, int status, String errorCode, String rule,
		@JsonRawValue String body, Map<String, Object> changes, long durationMicros) {

	/** What the entry costs the journal's byte budget: its body, and a little for the rest. */
	int weight() {
		return 256 + ((this.body != null) ? this.body.length() : 0) + 64 * this.changes.size();
	}

}
