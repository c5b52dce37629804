package io.cceemulator.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Where the emulator runs from: its {@link EmbeddedJar extracted jar}, once per build of it, in a cache directory
 * ({@code $XDG_CACHE_HOME/cce-emulator}, else {@code ~/.cache/cce-emulator}), beside a class data archive per JVM.
 * The first run records the classes it loads and writes the archive when it exits; every later run maps it
 * (bench/junit-startup.sh measures the start with and without it). Two test JVMs may share the cache at once: each writes under a name of its own
 * and renames the result into place, and a reader only ever sees a finished directory or archive.
 */
final class LaunchCache {

	/**
	 * C1 only and the serial collector: no difference to a start from the archive, less CPU beside the tests on a
	 * small machine, and about half the memory; a test session's few requests never need C2. The jar is built with
	 * Spring AOT, which {@code spring.aot.enabled} uses.
	 */
	private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
			"-Xms16m", "-Xss256k", "-Dspring.aot.enabled=true");

	/** Nothing the cache has not used for this long is kept: each build of the library has its own ~100 MB. */
	private static final Duration UNUSED = Duration.ofDays(7);

	private final Path root;

	private final Path java;

	private final ArchiveKind archiveKind;

	LaunchCache(Path root, Path java, ArchiveKind archiveKind) {
		this.root = root;
		this.java = java;
		this.archiveKind = archiveKind;
	}

	/** The user's cache with the test JVM's own {@code java}, unless system properties say otherwise. */
	static LaunchCache standard() {
		String configured = System.getProperty("cce-emulator.cache-dir", "");
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path root = !configured.isEmpty() ? Path.of(configured)
				: (xdg != null && !xdg.isEmpty()) ? Path.of(xdg, "cce-emulator")
						: Path.of(System.getProperty("user.home"), ".cache", "cce-emulator");
		return new LaunchCache(root.toAbsolutePath(), currentJava(),
				ArchiveKind.of(System.getProperty("cce-emulator.class-archive", "auto")));
	}

	/** A new log file's path, in {@code logs/} of the cache. */
	Path newLog() throws IOException {
		Path logs = Files.createDirectories(this.root.resolve("logs"));
		return logs.resolve("emulator-" + Instant.now().toString().replace(':', '-') + "-"
				+ ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8) + ".log");
	}

	/** The command up to the emulator's own arguments, extracting the jar first if this build of it is new here. */
	Launch prepare(Path log) throws IOException {
		Path home = this.root.resolve(EmbeddedJar.key());
		Path app = EmbeddedJar.extract(home, this.java, log);
		prune(home);
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		command.addAll(JVM_OPTIONS);
		Path archive = home.resolve(jvmKey() + this.archiveKind.suffix);
		Path training = null;
		if (Files.isRegularFile(archive)) {
			command.addAll(this.archiveKind.use(archive));
		}
		else if (this.archiveKind != ArchiveKind.NONE) {
			training = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".partial");
			command.addAll(this.archiveKind.record(training));
		}
		command.add("-jar");
		command.add(app.resolve(EmbeddedJar.NAME).toString());
		return new Launch(command, archive, training);
	}

	/** Keeps a finished training run's archive, unless another run's is already in place. */
	static void keep(Path training, Path archive) {
		try {
			if (Files.size(training) > 0) {
				Files.move(training, archive, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (FileAlreadyExistsException ex) {
			// Another test JVM trained at the same time; either archive serves.
		}
		catch (IOException ex) {
			// No archive this time: the next run trains again.
		}
		finally {
			try {
				Files.deleteIfExists(training);
			}
			catch (IOException ex) {
				// left for prune()
			}
		}
	}

	/** An archive fits one JVM build and one set of options. */
	private String jvmKey() {
		CRC32 crc = new CRC32();
		crc.update((this.java + "\n" + System.getProperty("java.vm.version") + "\n" + JVM_OPTIONS).getBytes());
		return this.archiveKind.name().toLowerCase() + "-" + Runtime.version().feature() + "-"
				+ Long.toHexString(crc.getValue());
	}

	/** Marks {@code home} as used and drops other builds, old logs and what a killed JVM left half-written. */
	private void prune(Path home) throws IOException {
		Files.setLastModifiedTime(home, FileTime.from(Instant.now()));
		deleteOlder(this.root, UNUSED, (entry) -> !entry.equals(home) && !entry.endsWith("logs"));
		deleteOlder(this.root.resolve("logs"), UNUSED, (entry) -> true);
		deleteOlder(home, Duration.ofHours(1), (entry) -> entry.getFileName().toString().contains(".partial")
				|| entry.getFileName().toString().startsWith("extracting-"));
	}

	private static void deleteOlder(Path dir, Duration age, Predicate<Path> candidate) throws IOException {
		Instant before = Instant.now().minus(age);
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : entries.filter(candidate).toList()) {
				if (Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
					deleteTree(entry);
				}
			}
		}
	}

	static void deleteTree(Path path) {
		try (Stream<Path> tree = Files.walk(path)) {
			tree.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// Best effort: a later prune() tries again.
		}
	}

	private static Path currentJava() {
		Path java = Path.of(System.getProperty("java.home"), "bin",
				System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
		if (Files.isExecutable(java)) {
			return java;
		}
		return ProcessHandle.current().info().command().map(Path::of).orElse(java);
	}

	/**
	 * @param command {@code java}, its options and {@code -jar app.jar}: the emulator's arguments follow
	 * @param archive where the class archive of this JVM is or will be
	 * @param training where this run writes its archive at exit, to be {@link #keep kept}; null when it uses one
	 */
	record Launch(List<String> command, Path archive, Path training) {
	}

}
