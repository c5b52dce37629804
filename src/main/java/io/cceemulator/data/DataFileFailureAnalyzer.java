package io.cceemulator.data;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A data file that cannot be used stops the start with the entry and the problem, not a stack trace. */
class DataFileFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDataException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDataException cause) {
		return new FailureAnalysis("The data file cannot be used: " + cause.getMessage(),
				"Fix the entry named above (the README describes the format), or start without "
						+ "emulator.data.location to use the embedded default data.",
				cause);
	}

}
