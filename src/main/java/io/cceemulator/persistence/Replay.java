package io.cceemulator.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.state.World;

/**
 * The state a log describes: its first record must be a snapshot (compaction always writes one first, so a log that
 * does not begin with one is damaged, however short), then each record is applied in turn.
 */
record Replay(World current, World baseline, int records) {

	private static final Logger log = LoggerFactory.getLogger(Replay.class);

	/** @return null when the log is damaged from its first line and {@code truncateOnDamage} keeps nothing of it */
	static Replay of(Path file, boolean truncateOnDamage, JsonMapper json) throws IOException {
		if (Files.size(file) == 0) {
			throw new StateFileDamagedException("state file " + file + " is empty, but every state file begins with a "
					+ "snapshot of the whole state: it was damaged. Move it away to start from the data file.");
		}
		Replaying replaying = new Replaying(file, json);
		int dropped = StateFile.forEach(file, truncateOnDamage, replaying::accept);
		if (replaying.current == null && truncateOnDamage) {
			log.warn("State file {} is damaged from its first line on; emulator.persistence.recover=truncate keeps "
					+ "nothing of it: starting from the data file", file);
			return null;
		}
		if (replaying.current == null) {
			throw new StateFileDamagedException("state file " + file + " holds no whole snapshot of the state (its "
					+ "first line is cut short or damaged): it was damaged. Move it away to start from the data file.");
		}
		if (dropped > 0) {
			log.warn("State file {}: dropped {} trailing line(s) that were cut short or damaged; a write cut short "
					+ "was never acknowledged", file, dropped);
		}
		return new Replay(replaying.current, replaying.baseline, replaying.records);
	}

	private static final class Replaying {

		private final Path file;

		private final JsonMapper json;

		private World current;

		private World baseline;

		private int records;

		Replaying(Path file, JsonMapper json) {
			this.file = file;
			this.json = json;
		}

		void accept(String line) {
			LogRecord record;
			try {
				record = this.json.readValue(line, LogRecord.class);
			}
			catch (RuntimeException ex) {
				throw damaged("record " + (this.records + 1) + " cannot be read: " + ex.getMessage());
			}
			if (this.current == null && !(record instanceof LogRecord.Snapshot)) {
				throw damaged("it does not begin with a snapshot of the state");
			}
			try {
				apply(record);
			}
			catch (RuntimeException ex) {
				throw damaged("record " + (this.records + 1) + " cannot be applied: " + ex.getMessage());
			}
			this.records++;
		}

		private void apply(LogRecord record) {
			if (record instanceof LogRecord.Snapshot snapshot) {
				this.baseline = snapshot.baseline().toWorld();
				this.current = (snapshot.current() != null) ? snapshot.current().toWorld() : this.baseline;
			}
			else if (record instanceof LogRecord.Committed committed) {
				this.current = this.current.apply(committed.project(), committed.changes());
			}
			else {
				this.current = this.baseline;
			}
		}

		private StateFileDamagedException damaged(String why) {
			return new StateFileDamagedException("state file " + this.file + " cannot be replayed: " + why
					+ ". Move it away to start from the data file, or set emulator.persistence.recover=truncate.");
		}

	}

}
