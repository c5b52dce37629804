package io.cceemulator.state;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cceemulator.support.Fixtures;

import static io.cceemulator.support.Fixtures.PROJECT;
import static io.cceemulator.support.Fixtures.aCluster;
import static io.cceemulator.support.Fixtures.aNode;
import static io.cceemulator.support.Fixtures.aProject;
import static io.cceemulator.support.Fixtures.frozenClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's guarantees: all of a write or none of it, durable before visible, invariants kept, reset a swap. */
class StateStoreTests {

	private final StateStore store = aProject().with(aCluster("a"), aCluster("b"))
		.with(aNode("n1").in("a"))
		.store(frozenClock());

	@Test
	void aWriteThatRefusesChangesNothing() {
		ProjectState before = this.store.read(PROJECT);
		assertThatThrownBy(() -> this.store.write(PROJECT, (tx) -> {
			tx.removeNode("n1");
			throw new IllegalArgumentException("refused");
		})).hasMessage("refused");
		assertThat(this.store.read(PROJECT)).isSameAs(before);
	}

	@Test
	void aWriteThatCannotBeMadeDurableChangesNothing() {
		ProjectState before = this.store.read(PROJECT);
		this.store.restore(this.store.world(), this.store.baseline(), new Durability() {
			@Override
			public void commit(Commit commit) {
				throw new NotDurableException("disk full", null);
			}
		});
		assertThatThrownBy(() -> this.store.write(PROJECT, (tx) -> {
			tx.removeNode("n1");
			return null;
		})).isInstanceOf(Durability.NotDurableException.class);
		assertThat(this.store.read(PROJECT).node("n1")).isPresent();
		assertThat(this.store.read(PROJECT).nodesIn("a")).hasSize(before.nodesIn("a").size());
	}

	@Test
	void refusesAChangeThatWouldLeaveANodeWithoutItsCluster() {
		assertThatThrownBy(() -> this.store.write(PROJECT, (tx) -> {
			tx.removeCluster("a");
			return null;
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("cluster a still shows nodes");
		assertThatThrownBy(() -> this.store.write(PROJECT, (tx) -> {
			tx.put(Fixtures.aNode("n2").in("nowhere").build());
			return null;
		})).hasMessageContaining("node n2 is in unknown cluster nowhere");
		assertThat(this.store.read(PROJECT).cluster("a")).isPresent();
	}

	@Test
	void resetsToTheBaselineByASwap() {
		World baseline = this.store.baseline();
		this.store.write(PROJECT, (tx) -> {
			tx.removeNode("n1");
			return null;
		});
		assertThat(this.store.read(PROJECT).node("n1")).isEmpty();
		this.store.reset();
		assertThat(this.store.world()).isSameAs(baseline);
	}

	@Test
	void keepsAReaderSnapshotWholeWhileWritesGoOn() {
		ProjectState snapshot = this.store.read(PROJECT);
		this.store.write(PROJECT, (tx) -> {
			tx.put(snapshot.node("n1").orElseThrow().stayed(NodePhase.ABNORMAL, tx.now()));
			putOnItsServer(tx, Fixtures.aNode("n2").in("b").build());
			return null;
		});
		assertThat(snapshot.node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ACTIVE);
		assertThat(snapshot.node("n2")).isEmpty();
		assertThat(this.store.read(PROJECT).nodesIn("b")).extracting(Node::id).containsExactly("n2");
	}

	@Test
	void replaysItsOwnChangesToTheSameState() {
		ProjectState before = this.store.read(PROJECT);
		List<Commit> commits = new java.util.ArrayList<>();
		StateStore observed = aProject().with(aCluster("a"), aCluster("b"))
			.with(aNode("n1").in("a"))
			.listener(new StateListener() {
				@Override
				public void committed(Commit commit) {
					commits.add(commit);
				}
			})
			.store(frozenClock());
		observed.write(PROJECT, (tx) -> {
			putOnItsServer(tx, Fixtures.aNode("n2").in("b").build());
			tx.removeNode("n1");
			return null;
		});
		World replayed = World.of(List.of(before), Credentials.none()).apply(PROJECT, commits.get(0).changes());
		assertThat(replayed.project(PROJECT).nodesIn("b")).isEqualTo(observed.read(PROJECT).nodesIn("b"));
		assertThat(replayed.project(PROJECT).node("n1")).isEmpty();
	}

	private static void putOnItsServer(Tx tx, Node node) {
		tx.put(Server.backing(node, tx.state().cluster(node.clusterId()).orElseThrow()));
		tx.put(node);
	}

}
