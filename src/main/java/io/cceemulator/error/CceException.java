package io.cceemulator.error;

/**
 * A refusal in CCE's own terms: a catalogue entry, the specific {@code message} and, for a business rule, the name
 * of the rule that refused the call.
 */
public class CceException extends RefusedException {

	private final CceError error;

	private final String rule;

	public CceException(CceError error, String message) {
		this(error, message, null);
	}

	public CceException(CceError error, String message, String rule) {
		super(message);
		this.error = error;
		this.rule = rule;
	}

	public CceError error() {
		return this.error;
	}

	/** The name of the business rule that refused the call, or null for validation and lookup failures. */
	public String rule() {
		return this.rule;
	}

	@Override
	public Refusal refusal() {
		return new Refusal.Cce(this.error, getMessage(), this.rule);
	}

	/** The same refusal, naming the business rule that made it. */
	public CceException withRule(String ruleName) {
		return new CceException(this.error, getMessage(), ruleName);
	}

	public static CceException invalid(String message) {
		return new CceException(CceError.INVALID_REQUEST, message);
	}

	public static CceException clusterNotFound(String clusterId) {
		return new CceException(CceError.NOT_FOUND, "Cluster " + clusterId + " not found");
	}

	public static CceException nodeNotFound(String nodeId, String clusterId) {
		return new CceException(CceError.NOT_FOUND, "Node " + nodeId + " not found in cluster " + clusterId);
	}

	public static CceException nodePoolNotFound(String poolId, String clusterId) {
		return new CceException(CceError.NOT_FOUND, "Node pool " + poolId + " not found in cluster " + clusterId);
	}

	public static CceException serverNotFound(String serverId) {
		return new CceException(CceError.NOT_FOUND, "Server " + serverId + " not found");
	}

	public static CceException jobNotFound(String jobId) {
		return new CceException(CceError.NOT_FOUND, "Job " + jobId + " not found");
	}

}
