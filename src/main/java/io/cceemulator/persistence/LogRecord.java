package io.cceemulator.persistence;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.cceemulator.state.Change;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Credentials;
import io.cceemulator.state.Image;
import io.cceemulator.state.JobState;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;
import io.cceemulator.state.World;

/**
 * One line of the state log. The log always begins with a {@link Snapshot}; then come the changes of each write and
 * the resets, in the order they became visible. Replaying the lines in order gives back the state clients were told.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "record")
@JsonSubTypes({ @JsonSubTypes.Type(value = LogRecord.Snapshot.class, name = "snapshot"),
		@JsonSubTypes.Type(value = LogRecord.Committed.class, name = "commit"),
		@JsonSubTypes.Type(value = LogRecord.Reset.class, name = "reset") })
sealed interface LogRecord {

	/** The whole state, and the baseline a reset returns to (null when they are the same). */
	record Snapshot(WorldData baseline, WorldData current) implements LogRecord {

		static Snapshot of(World current, World baseline) {
			return new Snapshot(WorldData.of(baseline), (current == baseline) ? null : WorldData.of(current));
		}

	}

	/** The changes of one write to one project. */
	record Committed(String project, List<Change> changes) implements LogRecord {
	}

	/** A reset to the baseline. */
	record Reset() implements LogRecord {
	}

	/** A world in plain lists, as it is written (credentials with their secrets: the state file is the user's own). */
	record WorldData(List<ProjectData> projects, Credentials credentials) {

		static WorldData of(World world) {
			return new WorldData(world.projects().values().stream().map(ProjectData::of).toList(), world.credentials());
		}

		World toWorld() {
			return World.of(this.projects.stream().map(ProjectData::toState).toList(), this.credentials);
		}

	}

	/** @param servers null in a log written before servers were kept: each node then runs on one made from it */
	record ProjectData(String id, List<Cluster> clusters, List<NodePool> pools, List<Server> servers, List<Node> nodes,
			List<Image> images, List<JobState> jobs) {

		static ProjectData of(ProjectState state) {
			return new ProjectData(state.projectId(), List.copyOf(state.clusters()), List.copyOf(state.allPools()),
					state.servers(), List.copyOf(state.nodes()), List.copyOf(state.images()),
					List.copyOf(state.jobs()));
		}

		ProjectState toState() {
			List<Server> kept = (this.servers != null) ? this.servers : this.nodes.stream()
				.map((n) -> Server.backing(n, this.clusters.stream()
					.filter((c) -> c.id().equals(n.clusterId()))
					.findFirst()
					.orElseThrow()))
				.toList();
			ProjectState state = ProjectState.of(this.id, this.clusters, this.pools, kept, this.nodes, this.images);
			List<Change> jobs = new ArrayList<>();
			this.jobs.forEach((job) -> jobs.add(new Change.JobPut(job)));
			for (Change job : jobs) {
				state = state.apply(job);
			}
			return state;
		}

	}

}
