package io.cceemulator.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.system.VirtualClock;

import static io.cceemulator.support.Fixtures.PROJECT;
import static io.cceemulator.support.Fixtures.T0;
import static io.cceemulator.support.Fixtures.aCluster;
import static io.cceemulator.support.Fixtures.aNode;
import static io.cceemulator.support.Fixtures.aProject;
import static io.cceemulator.support.Fixtures.frozenClock;
import static org.assertj.core.api.Assertions.assertThat;

/** The job state machine on the clock: Initializing 1 s, Running 3 s, then Success or a planned Failed. */
class JobSchedulerTests {

	private final VirtualClock clock = frozenClock();

	/** Every job end the effect saw: the job, the phase it ended from, and the node's phase in the same change. */
	private final List<String> ends = new ArrayList<>();

	private final List<Commit> commits = new ArrayList<>();

	private JobFailure planned;

	private final JobEffect effect = new JobEffect() {

		@Override
		public Set<String> jobTypes() {
			return Set.of("Probe");
		}

		@Override
		public void finished(Job job, JobPhase from, Tx tx) {
			JobSchedulerTests.this.ends.add(job.phase().wire() + " from " + from.wire());
			tx.put(tx.state().node("n1").orElseThrow().stayed(NodePhase.ERROR, tx.now()));
		}

	};

	private final StateStore store = aProject().with(aCluster("a"))
		.with(aNode("n1").in("a"))
		.effect(this.effect)
		.failures((request) -> Optional.ofNullable(this.planned))
		.listener(new StateListener() {
			@Override
			public void committed(Commit commit) {
				JobSchedulerTests.this.commits.add(commit);
			}
		})
		.store(this.clock);

	private Job start() {
		return this.store.write(PROJECT, (tx) -> tx.startJob(new JobRequest("Probe", "a", "a", "cluster-a", Map.of(),
				List.of(new JobRequest.SubJob("InstallNode", "a", "n1", "node-n1",
						List.of(new JobRequest.SubJob("Leaf", "a", "n1", "node-n1")))))));
	}

	private Job job(String id) {
		return this.store.read(PROJECT).job(id).orElseThrow();
	}

	@Test
	void movesThroughItsPhasesAtTheInstantsItsDurationsGive() {
		Job job = start();
		assertThat(job(job.id()).phase()).isEqualTo(JobPhase.INITIALIZING);
		this.clock.advance(Duration.ofMillis(999));
		assertThat(job(job.id()).phase()).isEqualTo(JobPhase.INITIALIZING);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(job(job.id()).phase()).isEqualTo(JobPhase.RUNNING);
		this.clock.advance(Duration.ofSeconds(10));
		Job done = job(job.id());
		assertThat(done.phase()).isEqualTo(JobPhase.SUCCESS);
		assertThat(done.updated()).as("the transition's own instant, not the reading's").isEqualTo(T0.plusSeconds(4));
		assertThat(done.subJobs()).allMatch((s) -> s.phase() == JobPhase.SUCCESS);
		assertThat(this.ends).containsExactly("Success from Running");
	}

	@Test
	void finishesAJobAndAppliesItsEffectInOneChange() {
		Job job = start();
		this.clock.advance(Duration.ofSeconds(4));
		ProjectState after = this.store.read(PROJECT);
		Commit last = this.commits.get(this.commits.size() - 1);
		assertThat(last.changes()).anySatisfy((c) -> assertThat(c).isInstanceOf(Change.NodePut.class))
			.anySatisfy((c) -> assertThat(c).isInstanceOf(Change.JobPut.class));
		assertThat(after.job(job.id()).orElseThrow().phase()).isEqualTo(JobPhase.SUCCESS);
		assertThat(after.node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ERROR);
	}

	@Test
	void findsEverySubJobByItsOwnId() {
		Job job = start();
		Job install = job.subJobs().get(0);
		assertThat(job(install.id()).type()).isEqualTo("InstallNode");
		assertThat(job(install.subJobs().get(0).id()).type()).isEqualTo("Leaf");
	}

	@Test
	void failsAtTheEndOfThePlannedPhase() {
		this.planned = new JobFailure(JobPhase.INITIALIZING, "no capacity", Set.of());
		Job early = start();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(job(early.id()).phase()).isEqualTo(JobPhase.FAILED);
		assertThat(job(early.id()).reason()).isEqualTo("no capacity");
		this.planned = new JobFailure(JobPhase.RUNNING, "install failed", Set.of());
		Job late = start();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(job(late.id()).phase()).isEqualTo(JobPhase.RUNNING);
		this.clock.advance(Duration.ofSeconds(3));
		assertThat(job(late.id()).phase()).isEqualTo(JobPhase.FAILED);
		assertThat(this.ends).containsExactly("Failed from Initializing", "Failed from Running");
	}

	@Test
	void failsOnlyTheSubJobsOfTheFailingResources() {
		this.planned = new JobFailure(JobPhase.RUNNING, "disk full", Set.of("n1"));
		Job job = start();
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(job(job.id()).reason()).isEqualTo("sub-job of n1 failed: disk full");
		assertThat(job(job.subJobs().get(0).id()).phase()).isEqualTo(JobPhase.FAILED);
	}

	@Test
	void endsWithinTheCallThatStartsItWhenTheClockIsInstant() {
		this.clock.set(EmulatorProperties.ClockMode.INSTANT, 1.0);
		Job job = start();
		assertThat(this.commits).hasSize(1);
		assertThat(job(job.id()).phase()).isEqualTo(JobPhase.SUCCESS);
		assertThat(this.store.read(PROJECT).node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ERROR);
	}

	@Test
	void endsOnlyAnUnfinishedJobWhenForcedAndThenByTheClockNoMore() {
		Job job = start();
		boolean failed = this.store.write(PROJECT, (tx) -> tx.failJob(job.id(), "stopped"));
		boolean succeeded = this.store.write(PROJECT, (tx) -> tx.succeedJob(job.id()));
		assertThat(failed).isTrue();
		assertThat(succeeded).isFalse();
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(job(job.id()).phase()).isEqualTo(JobPhase.FAILED);
		assertThat(this.ends).containsExactly("Failed from Initializing");
		assertThat(this.store.nextTransition()).isEmpty();
	}

	@Test
	void tellsWhenTheNextTransitionIsDue() {
		start();
		assertThat(this.store.nextTransition()).contains(T0.plusSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.store.nextTransition()).contains(T0.plusSeconds(4));
	}

}
