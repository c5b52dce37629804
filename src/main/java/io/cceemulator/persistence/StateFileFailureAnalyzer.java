package io.cceemulator.persistence;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A damaged state file stops the start with its own message instead of a stack trace. */
class StateFileFailureAnalyzer extends AbstractFailureAnalyzer<StateFileDamagedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StateFileDamagedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Move the state file away, or set emulator.persistence.recover=truncate, then start again.", cause);
	}

}
