package io.cceemulator.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One emulator in a JVM of its own, started from the {@link LaunchCache}, with the handle that drives it. It exits
 * when this JVM does, however this JVM ends: its standard input is a pipe only this JVM holds, and the emulator
 * ({@code emulator.launch.exit-with-parent}) exits when the pipe closes, which the system does even after
 * {@code kill -9}.
 * <p>
 * Both close interfaces: JUnit 5.13 and later close an {@link AutoCloseable} in the store, older ones only a
 * {@code CloseableResource}, which JUnit 6 still closes but would warn about on its own.
 */
@SuppressWarnings("deprecation")
final class EmulatorProcess implements AutoCloseable, ExtensionContext.Store.CloseableResource {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	/** Enough of a failed start's log to show its cause: Spring Boot's failure report, or the last exception. */
	private static final int LOG_LINES = 40;

	private static final Set<EmulatorProcess> RUNNING = ConcurrentHashMap.newKeySet();

	private static final AtomicBoolean HOOKED = new AtomicBoolean();

	private final Process process;

	private final Path log;

	private final LaunchCache.Launch launch;

	private final CceEmulator emulator;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmulatorProcess(Process process, Path log, LaunchCache.Launch launch, CceEmulator emulator) {
		this.process = process;
		this.log = log;
		this.launch = launch;
		this.emulator = emulator;
	}

	/** Starts an emulator with these {@code key=value} settings and returns once it serves. */
	static EmulatorProcess start(List<String> properties) {
		Map<String, String> settings = settings(properties);
		LaunchCache cache = LaunchCache.standard();
		Path log = null;
		try {
			log = cache.newLog();
			Path portFile = log.resolveSibling(log.getFileName() + ".port");
			settings.put("emulator.launch.port-file", portFile.toString());
			settings.put("emulator.launch.exit-with-parent", "true");
			LaunchCache.Launch launch = cache.prepare(log);
			List<String> command = new ArrayList<>(launch.command());
			settings.forEach((key, value) -> command.add("--" + key + "=" + value));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			// The emulator takes its settings from properties() alone, not from the test's environment.
			builder.environment().keySet().removeIf((name) -> name.startsWith("EMULATOR_")
					|| name.startsWith("SPRING_") || name.startsWith("SERVER_") || name.startsWith("LOGGING_"));
			hookIntoShutdown();
			Process process = builder.start();
			int port = awaitPort(process, portFile, log);
			Files.deleteIfExists(portFile);
			CceEmulator handle = CceEmulator.connect("http://localhost:" + port,
					settings.getOrDefault("emulator.admin.token", ""));
			EmulatorProcess started = new EmulatorProcess(process, log, launch, handle);
			RUNNING.add(started);
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the CCE emulator could not be started"
					+ ((log != null) ? "; its log: " + log : ""), ex);
		}
	}

	CceEmulator emulator() {
		return this.emulator;
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Ends the emulator's input, which stops it, and waits for it to exit: a training run writes its class archive
	 * then, kept for the next runs.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		RUNNING.remove(this);
		try {
			this.process.getOutputStream().close();
		}
		catch (IOException ex) {
			// The pipe is gone already, and so is the emulator.
		}
		Duration grace = (this.launch.training() != null) ? Duration.ofMinutes(1) : Duration.ofSeconds(10);
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
			}
			else if (this.launch.training() != null && this.process.exitValue() == 0) {
				LaunchCache.keep(this.launch.training(), this.launch.archive());
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "EmulatorProcess[pid " + pid() + ", " + this.emulator.baseUrl() + ", log " + this.log + "]";
	}

	/** The emulator's own defaults first, then {@code properties} over them. */
	private static Map<String, String> settings(List<String> properties) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		// Only the emulator's own application.properties, never a file of that name in the working directory.
		settings.put("spring.config.location", "classpath:/");
		for (String property : properties) {
			int equals = property.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("a property of @CceEmulatorTest is key=value, not: " + property);
			}
			settings.put(property.substring(0, equals).trim(), property.substring(equals + 1).trim());
		}
		return settings;
	}

	private static int awaitPort(Process process, Path portFile, Path log) throws IOException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		try {
			while (!Files.exists(portFile)) {
				if (!process.isAlive()) {
					throw failedStart("exited with code " + process.exitValue() + " before it was ready", log);
				}
				if (System.nanoTime() > deadline) {
					process.destroyForcibly();
					throw failedStart("was not ready after " + START_TIMEOUT.toSeconds() + " s", log);
				}
				Thread.sleep(10);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw failedStart("was interrupted while starting", log);
		}
		return Integer.parseInt(Files.readString(portFile, StandardCharsets.US_ASCII).trim());
	}

	private static IllegalStateException failedStart(String what, Path log) {
		List<String> lines;
		try {
			lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			lines = List.of("(unreadable: " + ex + ")");
		}
		List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size());
		return new IllegalStateException("The CCE emulator " + what + ". Its log is " + log + ", which ends:\n"
				+ String.join("\n", tail));
	}

	/** For a JVM that ends without closing JUnit's store, e.g. by System.exit: the pipe would stop them too. */
	private static void hookIntoShutdown() {
		if (HOOKED.compareAndSet(false, true)) {
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(EmulatorProcess::close),
						"cce-emulator-stop"));
		}
	}

}
