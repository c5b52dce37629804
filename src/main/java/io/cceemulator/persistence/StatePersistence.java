package io.cceemulator.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.data.DataLoader;
import io.cceemulator.job.JobEngine;
import io.cceemulator.system.ChangeRecorder;

/**
 * Keeps the state in {@code <directory>/state.log} when {@code emulator.persistence.enabled} is on. At start-up,
 * after the data file is loaded, the log (if any) is replayed over it and compacted into a single snapshot record;
 * from then on every change is appended and forced to disk before the call that made it returns.
 */
@Component
class StatePersistence implements ChangeRecorder.Sink, DisposableBean {

	/** One line of the log: changes applied together. */
	record Entry(List<ChangeRecorder.Change> changes) {
	}

	private static final Logger log = LoggerFactory.getLogger(StatePersistence.class);

	private final StateSnapshots snapshots;

	private final JsonMapper json;

	private final Path file;

	private FileChannel channel;

	StatePersistence(EmulatorProperties properties, DataLoader data, StateSnapshots snapshots, JobEngine jobs,
			ChangeRecorder recorder, JsonMapper json) throws IOException {
		this.snapshots = snapshots;
		this.json = json;
		EmulatorProperties.Persistence settings = properties.persistence();
		this.file = Path.of(settings.directory()).toAbsolutePath().resolve("state.log");
		if (!settings.enabled()) {
			return;
		}
		Files.createDirectories(this.file.getParent());
		long lastSequence = 0;
		if (Files.exists(this.file)) {
			StateFile.Read read = StateFile.read(this.file, "truncate".equalsIgnoreCase(settings.recover()));
			if (read.droppedTornLines() > 0) {
				log.warn("State file {}: dropped {} torn or damaged trailing line(s), never acknowledged", this.file,
						read.droppedTornLines());
			}
			try {
				lastSequence = snapshots.replay(read.records().stream().map(this.json::readTree).toList());
			}
			catch (RuntimeException ex) {
				throw new StateFileDamagedException("state file " + this.file + " cannot be replayed: " + ex.getMessage()
						+ ". To start anyway, move the file away (the emulator then starts from its data file).");
			}
			log.info("Restored the state from {} ({} record(s))", this.file, read.records().size());
		}
		else {
			log.info("Persistence on: no state in {} yet, starting from the data file", this.file);
		}
		StateFile.rewrite(this.file, List.of(StateFile.line(this.json.writeValueAsString(
				new Entry(snapshots.snapshot(lastSequence + 1))))));
		this.channel = FileChannel.open(this.file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
		recorder.attach(this, lastSequence + 1);
		jobs.settle();
	}

	@Override
	public synchronized void write(List<ChangeRecorder.Change> changes) {
		try {
			StateFile.writeFully(this.channel, StateFile.line(this.json.writeValueAsString(new Entry(changes))));
			this.channel.force(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the state file " + this.file, ex);
		}
	}

	@Override
	public void snapshot(long seq) {
		write(this.snapshots.snapshot(seq));
	}

	@Override
	public synchronized void destroy() throws IOException {
		if (this.channel != null) {
			this.channel.close();
		}
	}

}
