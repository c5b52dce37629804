package io.cceemulator.state;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code status.phase} of a job, in the order a job goes through them. */
public enum JobPhase {

	INITIALIZING("Initializing"), RUNNING("Running"), SUCCESS("Success"), FAILED("Failed");

	private final String wire;

	JobPhase(String wire) {
		this.wire = wire;
	}

	@JsonValue
	public String wire() {
		return this.wire;
	}

	public boolean isFinished() {
		return this == SUCCESS || this == FAILED;
	}

}
