package io.cceemulator.junit;

import java.util.Map;

/**
 * One call to the emulated API, as the journal recorded it.
 *
 * @param operation e.g. {@code MigrateNode}, as Huawei's SDKs name it; {@code Unknown} for an unknown path
 * @param errorCode the refusal's CCE or gateway error code, null on success
 * @param rule the migration rule that refused the call, if one did
 * @param body the request body as JSON with every secret replaced by {@code ******}; null when there was none
 * @param changes what the call changed, e.g. {@code jobStarted} and {@code nodesMigrating} for a migration
 */
public record Call(String requestId, String operation, String method, String path, String query, int status,
		String errorCode, String rule, String body, Map<String, Object> changes) {
}
