package io.cceemulator.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import io.cceemulator.CceEmulatorApplication;

/** The emulator application running inside the test JVM, with the handle that drives it. */
final class EmbeddedEmulator implements AutoCloseable {

	/**
	 * The user's own {@code application.properties} and {@code application.yml} are for the user's application, not
	 * the emulator: this name matches no file, and the emulator's own file is read explicitly instead.
	 */
	private static final String CONFIG_NAME = "cce-emulator-embedded";

	private final ConfigurableApplicationContext context;

	private final CceEmulator emulator;

	private EmbeddedEmulator(ConfigurableApplicationContext context, CceEmulator emulator) {
		this.context = context;
		this.emulator = emulator;
	}

	static EmbeddedEmulator start(List<String> properties) {
		String[] arguments = Stream.concat(Stream.of("server.port=0"), properties.stream())
			.map((property) -> "--" + property)
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CceEmulatorApplication.class)
			.properties(ownProperties())
			.properties("spring.config.name=" + CONFIG_NAME)
			.logStartupInfo(false)
			.run(arguments);
		String port = context.getEnvironment().getRequiredProperty("local.server.port");
		String adminToken = context.getEnvironment().getProperty("emulator.admin.token", "");
		return new EmbeddedEmulator(context, CceEmulator.connect("http://localhost:" + port, adminToken));
	}

	CceEmulator emulator() {
		return this.emulator;
	}

	/** Called by JUnit (5.13 and later) when the test run ends; before that, by the JVM's shutdown hook. */
	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * The emulator's {@code application.properties}, from the jar or directory its classes came from: a test
	 * classpath often holds another file of that name ahead of it.
	 */
	private static Properties ownProperties() {
		String home = CceEmulatorApplication.class.getProtectionDomain().getCodeSource().getLocation().toString();
		try {
			Enumeration<URL> candidates = CceEmulatorApplication.class.getClassLoader()
				.getResources("application.properties");
			while (candidates.hasMoreElements()) {
				URL candidate = candidates.nextElement();
				if (candidate.toString().startsWith(home) || candidate.toString().startsWith("jar:" + home)) {
					return PropertiesLoaderUtils.loadProperties(new UrlResource(candidate));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the emulator's application.properties", ex);
		}
		throw new IllegalStateException("no application.properties beside the emulator's classes in " + home);
	}

}
