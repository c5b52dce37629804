package io.cceemulator.state;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One change of a project's state. An operation's changes are applied to the state, written by persistence, shown
 * by the journal and counted by metrics; replaying them in order gives the same state back.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "change")
@JsonSubTypes({ @JsonSubTypes.Type(value = Change.ClusterPut.class, name = "ClusterPut"), @JsonSubTypes.Type(value = Change.ClusterRemoved.class, name = "ClusterRemoved"),
		@JsonSubTypes.Type(value = Change.PoolPut.class, name = "PoolPut"), @JsonSubTypes.Type(value = Change.PoolRemoved.class, name = "PoolRemoved"),
		@JsonSubTypes.Type(value = Change.NodePut.class, name = "NodePut"), @JsonSubTypes.Type(value = Change.NodeRemoved.class, name = "NodeRemoved"),
		@JsonSubTypes.Type(value = Change.ServerPut.class, name = "ServerPut"), @JsonSubTypes.Type(value = Change.ServerRemoved.class, name = "ServerRemoved"),
		@JsonSubTypes.Type(value = Change.ImagePut.class, name = "ImagePut"), @JsonSubTypes.Type(value = Change.ImageRemoved.class, name = "ImageRemoved"),
		@JsonSubTypes.Type(value = Change.JobPut.class, name = "JobPut"), @JsonSubTypes.Type(value = Change.JobRemoved.class, name = "JobRemoved") })
public sealed interface Change {

	/** The project's state with this change made. */
	ProjectState applyTo(ProjectState state);

	/** A cluster created or changed. */
	record ClusterPut(Cluster cluster) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.putCluster(this.cluster);
		}

	}

	record ClusterRemoved(String clusterId) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.removeCluster(this.clusterId);
		}

	}

	/** A custom node pool created or changed. */
	record PoolPut(NodePool pool) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.putPool(this.pool);
		}

	}

	record PoolRemoved(String poolId) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.removePool(this.poolId);
		}

	}

	/** A node created, changed or moved (a migration's start and end are node puts). */
	record NodePut(Node node) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.putNode(this.node);
		}

	}

	record NodeRemoved(String nodeId) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.removeNode(this.nodeId);
		}

	}

	/** An ECS server created or changed. */
	record ServerPut(Server server) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.putServer(this.server);
		}

	}

	record ServerRemoved(String serverId) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.removeServer(this.serverId);
		}

	}

	record ImagePut(Image image) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.putImage(this.image);
		}

	}

	record ImageRemoved(String imageId) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.removeImage(this.imageId);
		}

	}

	/** A job started or advanced, with its schedule. */
	record JobPut(JobState job) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.putJob(this.job);
		}

	}

	/** A finished job forgotten (retention). */
	record JobRemoved(String jobId) implements Change {

		@Override
		public ProjectState applyTo(ProjectState state) {
			return state.removeJob(this.jobId);
		}

	}

}
