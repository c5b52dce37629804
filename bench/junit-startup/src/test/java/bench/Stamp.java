package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered before the library's extension, so its beforeAll runs just before the library's first use; the test
 * then records the time to itself and to its first answer in {@code target/startup.txt}.
 */
public class Stamp implements BeforeAllCallback {

	private static long start;

	@Override
	public void beforeAll(ExtensionContext context) {
		start = System.nanoTime();
	}

	/** Called first thing in the first test; {@code answered} runs its first request. */
	static void firstTest(String library, Runnable answered) {
		long running = System.nanoTime();
		answered.run();
		long answer = System.nanoTime();
		String line = library + " " + (running - start) / 1_000_000 + " " + (answer - start) / 1_000_000 + "\n";
		try {
			Files.writeString(Path.of("target", "startup.txt"), line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
