package io.cceemulator.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.cceemulator.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id a client sees in {@code X-Request-Id} is in the log lines its request causes. DEBUG is switched on
 * for the one call rather than through a property, so the test shares the full-server suite's context.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdLoggingTests extends ApiTest {

	@Test
	void putsTheRequestIdInTheLogLinesOfTheRequest(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		String requestId;
		logging.setLogLevel("io.cceemulator", LogLevel.DEBUG);
		try {
			requestId = api().get(projectPath() + "/clusters/no-such-cluster").then().statusCode(404).extract()
				.header("X-Request-Id");
		}
		finally {
			logging.setLogLevel("io.cceemulator", null);
		}
		assertThat(requestId).matches("[0-9a-f]{32}");
		assertThat(output.getOut().lines().filter((line) -> line.contains("[" + requestId + "]")))
			.anySatisfy((line) -> assertThat(line).contains("DEBUG").contains("CCE.01404001"));
	}

}
