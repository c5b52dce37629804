package io.cceemulator.junit;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The emulator's executable jar, a resource of this library (its build copies the server module's jar in), and its
 * extracted form in the cache: Spring Boot's extracted layout starts about twice as fast as the jar itself, and is
 * what a class archive can map.
 */
final class EmbeddedJar {

	static final String NAME = "cce-emulator.jar";

	private EmbeddedJar() {
	}

	/**
	 * From the embedded jar's size and CRC, which the library jar's directory holds: no need to read 23 MB for
	 * it. Running from a directory (the library's own build), from its size and time.
	 */
	static String key() throws IOException {
		URL url = resource();
		try {
			if (url.openConnection() instanceof JarURLConnection connection) {
				try (JarFile library = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
					JarEntry entry = library.getJarEntry(connection.getEntryName());
					return "emulator-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
				}
			}
			Path file = Path.of(url.toURI());
			return "emulator-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "-" + Files.size(file);
		}
		catch (URISyntaxException ex) {
			throw new IOException("cannot locate " + url, ex);
		}
	}

	/** {@code home/app}, extracted by the first test JVM that needs it, with {@code java}'s Spring Boot tools. */
	static Path extract(Path home, Path java, Path log) throws IOException {
		Path app = home.resolve("app");
		if (Files.isRegularFile(app.resolve(NAME))) {
			return app;
		}
		Files.createDirectories(home);
		Path work = Files.createTempDirectory(home, "extracting-");
		try {
			Path jar = work.resolve(NAME);
			try (InputStream in = resource().openStream()) {
				Files.copy(in, jar);
			}
			Process tools = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(),
					"extract", "--destination", work.resolve("app").toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			if (tools.waitFor() != 0) {
				throw new IOException("extracting the emulator's jar failed (exit code " + tools.exitValue() + ")");
			}
			try {
				Files.move(work.resolve("app"), app, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				if (!Files.isRegularFile(app.resolve(NAME))) {
					throw ex;
				}
				// Another test JVM extracted the same jar meanwhile: its copy is as good as this one.
			}
			return app;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while extracting the emulator's jar", ex);
		}
		finally {
			LaunchCache.deleteTree(work);
		}
	}

	private static URL resource() {
		URL url = EmbeddedJar.class.getResource(NAME);
		if (url == null) {
			throw new IllegalStateException("this copy of cce-emulator-junit has no embedded emulator ("
					+ NAME + " beside " + EmbeddedJar.class.getName() + ")");
		}
		return url;
	}

}
