package io.cceemulator.node;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cceemulator.system.ChangeRecorder;

/** Custom node pools, keyed by cluster; replaced as a whole when data is loaded. */
@Component
public class NodePoolRegistry {

	private final AtomicReference<Map<String, List<NodePool>>> byCluster = new AtomicReference<>(Map.of());

	private final ChangeRecorder changes;

	NodePoolRegistry(ChangeRecorder changes) {
		this.changes = changes;
	}

	public List<NodePool> list(String projectId, String clusterId) {
		return this.byCluster.get()
			.getOrDefault(clusterId, List.of())
			.stream()
			.filter((p) -> p.projectId().equals(projectId))
			.toList();
	}

	public Optional<NodePool> find(String projectId, String clusterId, String poolId) {
		return list(projectId, clusterId).stream().filter((p) -> p.id().equals(poolId)).findFirst();
	}

	public Collection<NodePool> all() {
		return this.byCluster.get().values().stream().flatMap(List::stream).toList();
	}

	/** Replaces every pool at once; the change is recorded whole, as pools are few. */
	public void replaceAll(Collection<NodePool> pools) {
		this.changes.record("pools", "*", List.copyOf(pools));
		this.byCluster.set(pools.stream()
			.sorted(Comparator.comparing(NodePool::created).thenComparing(NodePool::id))
			.collect(Collectors.groupingBy(NodePool::clusterId, Collectors.toUnmodifiableList())));
	}

}
