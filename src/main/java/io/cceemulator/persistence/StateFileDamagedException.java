package io.cceemulator.persistence;

/** The state file cannot be replayed; the message says where, why, and how to recover. */
public class StateFileDamagedException extends RuntimeException {

	StateFileDamagedException(String message) {
		super(message);
	}

}
