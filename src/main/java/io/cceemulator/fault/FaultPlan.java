package io.cceemulator.fault;

/**
 * One fault, as the admin API takes and shows it. {@code kind} decides which fields count:
 * <ul>
 * <li>{@code error}: answer {@code status} with {@code errorCode} and {@code message}, in the body of {@code body}
 * ({@code cce}, {@code gateway} or {@code iam}; by default the one the code's family answers in: {@code APIGW.} codes
 * the gateway's, {@code IAM.} codes IAM's, any other CCE's);</li>
 * <li>{@code latency}: wait {@code delayMillis} (plus up to {@code jitterMillis}, drawn from {@code seed});</li>
 * <li>{@code throttle}: past {@code ratePerSecond} calls in a second of the emulator's clock, 429 APIGW.0308;</li>
 * <li>{@code job}: the job a matching call starts fails at the end of {@code phase} (Initializing or Running)
 * with {@code reason}; {@code operation} names the call (e.g. CreateNode) or the job's type (e.g. ScaleupCluster);
 * with {@code node}, only that node's part of the job fails.</li>
 * </ul>
 * Every kind matches calls by {@code operation} (e.g. MigrateNode), {@code method} and {@code path} (a regular
 * expression), all optional; lets the first {@code after} matching calls through (so {@code after: 2, times: 1}
 * fails the third); applies {@code times} times (null: until removed); and with {@code probability} applies to a
 * share of the matching calls drawn from {@code seed}, so a run can be replayed.
 */
public record FaultPlan(String id, String kind, String operation, String method, String path, Integer after,
		Integer times, Integer remaining, Integer status, String errorCode, String message, Long delayMillis, Long jitterMillis,
		Double ratePerSecond, String phase, String node, String reason, Double probability, Long seed, String body) {
}
