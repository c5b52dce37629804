package io.cceemulator.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.Durability;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.StateStore;
import io.cceemulator.support.Fixtures;

import static io.cceemulator.support.Fixtures.PROJECT;
import static io.cceemulator.support.Fixtures.aCluster;
import static io.cceemulator.support.Fixtures.aNode;
import static io.cceemulator.support.Fixtures.aProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A write that cannot be made durable changes nothing and leaves nothing behind in the file; a later write, once the
 * disk has room again, is kept; and nothing acknowledged is ever lost across a restart.
 */
class PersistenceFailureTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private final FullDisk disk = new FullDisk();

	private StateStore store() {
		return aProject().with(aCluster("a"), aCluster("b"))
			.with(aNode("n1").in("a"), aNode("n2").in("a"))
			.store(Fixtures.frozenClock());
	}

	private StatePersistence persist(StateStore store, long minCompact) throws IOException {
		EmulatorProperties.Persistence settings = new EmulatorProperties.Persistence(true, this.dir.toString(),
				EmulatorProperties.Recover.REFUSE);
		return new StatePersistence(settings, store, JSON, this.disk, minCompact);
	}

	private static void markAbnormal(StateStore store, String node) {
		store.write(PROJECT, (tx) -> {
			tx.put(tx.state().node(node).orElseThrow().stayed(NodePhase.ABNORMAL, tx.now()));
			return null;
		});
	}

	private Path log() {
		return this.dir.resolve("state.log");
	}

	@Test
	void aWriteOnAFullDiskChangesNothingLeavesNoTornRecordAndTheNextOneIsKept() throws IOException {
		StateStore store = store();
		StatePersistence persistence = persist(store, Long.MAX_VALUE);
		long snapshot = Files.size(log());
		this.disk.full = true;
		assertThatThrownBy(() -> markAbnormal(store, "n1")).isInstanceOf(Durability.NotDurableException.class)
			.hasMessageContaining("No space left on device");
		assertThat(store.read(PROJECT).node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ACTIVE);
		assertThat(Files.size(log())).as("the torn record is cut off").isEqualTo(snapshot);
		assertThat(store.durabilityProblem()).hasValueSatisfying((p) -> assertThat(p).contains("No space left"));

		this.disk.full = false;
		markAbnormal(store, "n2");
		assertThat(store.durabilityProblem()).isEmpty();
		persistence.destroy();

		StateStore restarted = store();
		persist(restarted, Long.MAX_VALUE);
		assertThat(restarted.read(PROJECT).node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ACTIVE);
		assertThat(restarted.read(PROJECT).node("n2").orElseThrow().phase()).isEqualTo(NodePhase.ABNORMAL);
	}

	@Test
	void aResetThatCannotBeWrittenChangesNothing() throws IOException {
		StateStore store = store();
		persist(store, Long.MAX_VALUE);
		markAbnormal(store, "n1");
		this.disk.unwritable = true;
		assertThatThrownBy(store::reset).isInstanceOf(Durability.NotDurableException.class);
		assertThat(store.read(PROJECT).node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ABNORMAL);
	}

	@Test
	void keepsTheLogBoundedByCompactingWhileRunning() throws IOException {
		StateStore store = store();
		persist(store, 0);
		long snapshot = Files.size(log());
		for (int i = 0; i < 200; i++) {
			markAbnormal(store, (i % 2 == 0) ? "n1" : "n2");
			store.reset();
		}
		// 400 records would be some 200 KB; compaction keeps the log within a few snapshots (of baseline and current)
		assertThat(Files.size(log())).isLessThan(snapshot * 10);
	}

	@Test
	void refusesAnEmptyLogOrOneWhoseSnapshotIsCutShortOrMissing() throws IOException {
		StateStore store = store();
		StatePersistence persistence = persist(store, Long.MAX_VALUE);
		markAbnormal(store, "n1");
		persistence.destroy();
		String whole = Files.readString(log());
		String[] lines = whole.split("\n");

		Files.writeString(log(), "");
		assertThatThrownBy(() -> persist(store(), Long.MAX_VALUE)).isInstanceOf(StateFileDamagedException.class)
			.hasMessageContaining("is empty");
		Files.writeString(log(), lines[0].substring(0, lines[0].length() / 2));
		assertThatThrownBy(() -> persist(store(), Long.MAX_VALUE)).isInstanceOf(StateFileDamagedException.class)
			.hasMessageContaining("holds no whole snapshot");
		Files.writeString(log(), lines[1] + "\n");
		assertThatThrownBy(() -> persist(store(), Long.MAX_VALUE)).isInstanceOf(StateFileDamagedException.class)
			.hasMessageContaining("does not begin with a snapshot");
	}

	@Test
	void dropsATornLastRecordButKeepsEveryRecordBeforeIt() throws IOException {
		StateStore store = store();
		StatePersistence persistence = persist(store, Long.MAX_VALUE);
		markAbnormal(store, "n1");
		markAbnormal(store, "n2");
		persistence.destroy();
		String whole = Files.readString(log());
		Files.writeString(log(), whole.substring(0, whole.length() - 20));
		StateStore restarted = store();
		persist(restarted, Long.MAX_VALUE);
		assertThat(restarted.read(PROJECT).node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ABNORMAL);
		assertThat(restarted.read(PROJECT).node("n2").orElseThrow().phase()).isEqualTo(NodePhase.ACTIVE);
	}

}
