package io.cceemulator.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.data.DataLoader;
import io.cceemulator.state.Commit;
import io.cceemulator.state.Durability;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.World;

/**
 * Keeps the state in {@code <directory>/state.log} when {@code emulator.persistence.enabled} is on. At start-up, after
 * the data file is loaded, the log (if any) is replayed in place of it and compacted into one snapshot; from then on
 * every write's changes are appended and forced to disk before anyone sees them. A write that cannot be made durable
 * (an unwritable file, a full disk) is cut back off the file, so the log never holds a record nobody was told of,
 * and the store changes nothing. When the log has grown to several times its last snapshot, it is compacted again.
 */
@Component
class StatePersistence implements Durability, DisposableBean {

	/** Compaction once the log is {@code GROWTH} times the size of its snapshot, and at least {@code MIN_COMPACT}. */
	private static final int GROWTH = 4;

	private static final long MIN_COMPACT = 8L << 20;

	/** How the log file is opened for appending; tests open one that fails as a full disk does. */
	interface Opener {

		FileChannel open(Path file) throws IOException;

	}

	private static final Logger log = LoggerFactory.getLogger(StatePersistence.class);

	private final JsonMapper json;

	private final Path file;

	private FileChannel channel;

	/** The file's length up to the last record written whole. */
	private long sound;

	private long snapshotSize;

	private final AtomicReference<String> problem = new AtomicReference<>();

	private final Opener opener;

	private final long minCompact;

	/** @param data loaded first: with no state file yet, the data file's state is what is kept */
	@Autowired
	StatePersistence(EmulatorProperties properties, DataLoader data, StateStore store, JsonMapper json)
			throws IOException {
		this(properties.persistence(), store, json,
				(file) -> FileChannel.open(file, StandardOpenOption.WRITE), MIN_COMPACT);
	}

	StatePersistence(EmulatorProperties.Persistence settings, StateStore store, JsonMapper json, Opener opener,
			long minCompact) throws IOException {
		this.json = json;
		this.opener = opener;
		this.minCompact = minCompact;
		this.file = Path.of(settings.directory()).toAbsolutePath().resolve("state.log");
		if (!settings.enabled()) {
			return;
		}
		Files.createDirectories(this.file.getParent());
		World current = store.world();
		World baseline = store.baseline();
		if (Files.exists(this.file)) {
			Replay replay = Replay.of(this.file, settings.recover() == EmulatorProperties.Recover.TRUNCATE, json);
			if (replay != null) {
				current = replay.current();
				baseline = replay.baseline();
				log.info("Restored the state from {} ({} record(s))", this.file, replay.records());
			}
		}
		else {
			log.info("Persistence on: no state in {} yet, starting from the data file", this.file);
		}
		rewrite(current, baseline);
		store.restore(current, baseline, this);
	}

	@Override
	public synchronized void commit(Commit commit) {
		append(new LogRecord.Committed(commit.projectId(), commit.changes()));
	}

	@Override
	public synchronized void reset() {
		append(new LogRecord.Reset());
	}

	@Override
	public synchronized void replace(World current, World baseline) {
		try {
			rewrite(current, baseline);
		}
		catch (IOException ex) {
			throw notDurable(ex);
		}
	}

	@Override
	public synchronized boolean needsCompaction() {
		return this.sound > Math.max(this.minCompact, GROWTH * this.snapshotSize);
	}

	@Override
	public synchronized void compact(World current, World baseline) {
		replace(current, baseline);
	}

	@Override
	public String problem() {
		return this.problem.get();
	}

	/** Writes one record and forces it to disk; on failure cuts the file back to its last sound record and throws. */
	private void append(LogRecord record) {
		String line = StateFile.line(this.json.writeValueAsString(record));
		try {
			this.channel.position(this.sound);
			StateFile.writeFully(this.channel, line);
			this.channel.force(false);
			this.sound = this.channel.position();
			this.problem.set(null);
		}
		catch (IOException | UncheckedIOException ex) {
			cutBack();
			throw notDurable(ex);
		}
	}

	private void cutBack() {
		try {
			this.channel.truncate(this.sound);
		}
		catch (IOException ex) {
			log.warn("cannot cut the state file {} back to its last sound record; the next write will try again",
					this.file, ex);
		}
	}

	/** The whole state as the log's only record, written aside and renamed over the log. */
	private void rewrite(World current, World baseline) throws IOException {
		String line = StateFile.line(this.json.writeValueAsString(LogRecord.Snapshot.of(current, baseline)));
		if (this.channel != null) {
			this.channel.close();
			this.channel = null;
		}
		try {
			StateFile.rewrite(this.file, List.of(line));
			restrict(this.file);
		}
		finally {
			this.channel = this.opener.open(this.file);
			this.sound = this.channel.size();
			this.snapshotSize = this.sound;
		}
		this.problem.set(null);
	}

	/** The file holds the credentials' secrets: only its owner may read it. */
	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system: the directory's own protection has to do
		}
	}

	private Durability.NotDurableException notDurable(Exception ex) {
		String why = "cannot write the state file " + this.file + ": " + ex.getMessage();
		this.problem.set(why);
		log.error(why);
		return new Durability.NotDurableException(why, ex);
	}

	@Override
	public synchronized void destroy() throws IOException {
		if (this.channel != null) {
			this.channel.close();
		}
	}

}
