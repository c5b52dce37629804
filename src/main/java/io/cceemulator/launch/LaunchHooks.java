package io.cceemulator.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;

/**
 * The two {@code emulator.launch.*} hooks. A plain bean that reads its settings at run time rather than a
 * conditional one: with Spring AOT the conditions are decided when the jar is built.
 */
@Component
class LaunchHooks {

	private static final Logger log = LoggerFactory.getLogger(LaunchHooks.class);

	private final EmulatorProperties.Launch settings;

	LaunchHooks(EmulatorProperties properties) {
		this.settings = properties.launch();
		if (this.settings.exitWithParent()) {
			// Watching from the start, not from readiness: a launcher that dies during the start leaves no orphan.
			Thread watcher = new Thread(() -> exitAtEndOf(System.in), "exit-with-parent");
			watcher.setDaemon(true);
			watcher.start();
		}
	}

	@EventListener
	void announcePort(ApplicationReadyEvent ready) throws IOException {
		if (this.settings.portFile().isEmpty()) {
			return;
		}
		String port = ready.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port");
		Path file = Path.of(this.settings.portFile()).toAbsolutePath();
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Files.writeString(partial, port, StandardCharsets.US_ASCII);
		Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void exitAtEndOf(InputStream in) {
		try {
			while (in.read() != -1) {
				// The launcher never writes; anything it might is ignored.
			}
		}
		catch (IOException ex) {
			// A broken pipe means the same as its end: the launcher is gone.
		}
		log.info("standard input ended: the launching process is gone, stopping");
		System.exit(0);
	}

}
