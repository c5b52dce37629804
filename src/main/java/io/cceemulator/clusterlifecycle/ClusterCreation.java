package io.cceemulator.clusterlifecycle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.cluster.ClusterView;
import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Job;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.Tx;

/**
 * CreateCluster: the request's fields checked in their order, then the rules (the version is supported, the name is
 * free in the project, the project has cluster quota left), then one write that puts the cluster, Creating, under a
 * CreateCluster job whose end makes it Available.
 */
@Service
class ClusterCreation {

	/** The Kubernetes versions CCE offers new clusters, oldest first; a request without one gets the newest. */
	static final List<String> VERSIONS = List.of("v1.25", "v1.27", "v1.28", "v1.29", "v1.30", "v1.31");

	private static final Pattern VERSION = Pattern.compile("^(v\\d{1,2}\\.\\d{1,2})(\\.\\d{1,3}(-r\\d{1,3})?)?$");

	private final StateStore store;

	private final EmulatorProperties properties;

	ClusterCreation(StateStore store, EmulatorProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	ClusterView create(String projectId, ClusterCreateRequest request) {
		Cluster draft = ClusterDraft.of(projectId, request);
		return this.store.write(projectId, (tx) -> accept(tx, draft, this.properties.quotas().clusters()));
	}

	static ClusterView accept(Tx tx, Cluster draft, int quota) {
		version(draft.version());
		if (tx.state().clusters().stream().anyMatch((c) -> c.name().equals(draft.name()))) {
			throw new CceException(CceError.ALREADY_EXISTS, "a cluster named " + draft.name()
					+ " exists already in project " + tx.projectId(), ClusterRule.NAME_FREE.name());
		}
		int held = tx.state().clusters().size();
		if (held >= quota) {
			throw new CceException(CceError.CLUSTER_QUOTA, "project " + tx.projectId() + " holds " + held
					+ " clusters, its quota is " + quota, ClusterRule.QUOTA_LEFT.name());
		}
		Cluster cluster = draft.withTimes(tx.now(), tx.now());
		Job job = tx.startJob(ClusterJobs.create(cluster));
		Cluster creating = cluster.inPhase(Cluster.CREATING, job.id(), tx.now());
		tx.put(creating);
		return ClusterView.of(creating);
	}

	private static void version(String version) {
		Matcher m = VERSION.matcher(version);
		if (!m.matches() || !VERSIONS.contains(m.group(1))) {
			throw new CceException(CceError.VERSION_NOT_SUPPORTED, "spec.version: " + version
					+ " is not offered; new clusters run one of " + String.join(", ", VERSIONS),
					ClusterRule.VERSION_SUPPORTED.name());
		}
	}

}
