package io.cceemulator.state;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code status.phase} of a node, as the SDK's NodeStatus enum spells it. */
public enum NodePhase {

	@JsonProperty("Build") BUILD("Build"), @JsonProperty("Installing") INSTALLING("Installing"),
	@JsonProperty("Upgrading") UPGRADING("Upgrading"), @JsonProperty("Active") ACTIVE("Active"),
	@JsonProperty("Abnormal") ABNORMAL("Abnormal"), @JsonProperty("Deleting") DELETING("Deleting"),
	@JsonProperty("Error") ERROR("Error");

	private final String wire;

	NodePhase(String wire) {
		this.wire = wire;
	}

	public String wire() {
		return this.wire;
	}

}
