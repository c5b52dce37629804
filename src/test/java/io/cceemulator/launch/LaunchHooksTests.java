package io.cceemulator.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.support.Settings;

import static org.assertj.core.api.Assertions.assertThat;

/** The port announcement on its own; the JUnit library's tests launch the real jar and read it. */
class LaunchHooksTests {

	@TempDir
	Path dir;

	private static ApplicationReadyEvent readyOnPort(int port) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("server", Map.of("local.server.port", String.valueOf(port))));
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO);
	}

	private static EmulatorProperties launch(String portFile) {
		return Settings.of("emulator.launch.port-file", portFile);
	}

	@Test
	void writesThePortOnceReadyAndLeavesNoPartialFile() throws Exception {
		Path file = this.dir.resolve("emulator.port");
		new LaunchHooks(launch(file.toString())).announcePort(readyOnPort(53127));
		assertThat(file).hasContent("53127");
		assertThat(this.dir).isDirectoryNotContaining("glob:**.partial");
	}

	@Test
	void writesNothingWithoutAPortFile() throws Exception {
		new LaunchHooks(launch("")).announcePort(readyOnPort(53127));
		try (var files = Files.list(this.dir)) {
			assertThat(files).isEmpty();
		}
	}

}
