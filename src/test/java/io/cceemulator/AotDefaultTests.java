package io.cceemulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When {@code java -jar} turns Spring AOT on by itself; the jar's own start is checked by bench/startup.sh. */
class AotDefaultTests {

	private final String before = System.getProperty(CceEmulatorApplication.AOT_ENABLED);

	@AfterEach
	void restore() {
		if (this.before == null) {
			System.clearProperty(CceEmulatorApplication.AOT_ENABLED);
		}
		else {
			System.setProperty(CceEmulatorApplication.AOT_ENABLED, this.before);
		}
	}

	@Test
	void leavesAotOffForClassesInADirectory() {
		System.clearProperty(CceEmulatorApplication.AOT_ENABLED);
		CceEmulatorApplication.preferAot();
		assertThat(System.getProperty(CceEmulatorApplication.AOT_ENABLED)).isNull();
	}

	@Test
	void keepsWhatTheCommandLineSays() {
		System.setProperty(CceEmulatorApplication.AOT_ENABLED, "false");
		CceEmulatorApplication.preferAot();
		assertThat(System.getProperty(CceEmulatorApplication.AOT_ENABLED)).isEqualTo("false");
	}

}
