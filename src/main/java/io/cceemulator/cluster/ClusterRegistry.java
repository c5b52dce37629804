package io.cceemulator.cluster;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import io.cceemulator.error.CceException;
import io.cceemulator.system.ChangeRecorder;

/**
 * All clusters, per project. Values are immutable records replaced atomically; {@link #replaceAll} swaps the whole
 * store at once, so a reader never sees half of a data load.
 */
@Component
public class ClusterRegistry {

	private final AtomicReference<Map<String, Map<String, Cluster>>> byProject = new AtomicReference<>(
			new ConcurrentHashMap<>());

	private final ChangeRecorder changes;

	ClusterRegistry(ChangeRecorder changes) {
		this.changes = changes;
	}

	/** The cluster, if it exists in this project; a cluster of another project is not found. */
	public Optional<Cluster> find(String projectId, String clusterId) {
		Map<String, Cluster> clusters = this.byProject.get().get(projectId);
		return Optional.ofNullable((clusters != null) ? clusters.get(clusterId) : null);
	}

	/** The cluster, or CCE's 404 naming it. */
	public Cluster require(String projectId, String clusterId) {
		return find(projectId, clusterId).orElseThrow(() -> CceException.clusterNotFound(clusterId));
	}

	public List<Cluster> list(String projectId) {
		Map<String, Cluster> clusters = this.byProject.get().getOrDefault(projectId, Map.of());
		return clusters.values()
			.stream()
			.sorted(Comparator.comparing(Cluster::created).thenComparing(Cluster::id))
			.toList();
	}

	public List<Cluster> all() {
		return this.byProject.get().values().stream().flatMap((m) -> m.values().stream()).toList();
	}

	public void put(Cluster cluster) {
		this.byProject.get()
			.computeIfAbsent(cluster.projectId(), (p) -> new ConcurrentHashMap<>())
			.put(cluster.id(), cluster);
		this.changes.record("cluster", cluster.projectId() + "/" + cluster.id(), cluster);
	}

	public void remove(String projectId, String clusterId) {
		Map<String, Cluster> clusters = this.byProject.get().get(projectId);
		if (clusters != null && clusters.remove(clusterId) != null) {
			this.changes.record("cluster", projectId + "/" + clusterId, null);
		}
	}

	public Optional<Cluster> update(String projectId, String clusterId, UnaryOperator<Cluster> change) {
		Map<String, Cluster> clusters = this.byProject.get().get(projectId);
		return Optional.ofNullable((clusters != null) ? clusters.computeIfPresent(clusterId, (k, c) -> {
			Cluster changed = change.apply(c);
			this.changes.record("cluster", projectId + "/" + clusterId, changed);
			return changed;
		}) : null);
	}

	public void replaceAll(Collection<Cluster> clusters) {
		Map<String, Map<String, Cluster>> fresh = new ConcurrentHashMap<>();
		for (Cluster cluster : clusters) {
			fresh.computeIfAbsent(cluster.projectId(), (p) -> new ConcurrentHashMap<>()).put(cluster.id(), cluster);
		}
		this.byProject.set(fresh);
	}

}
