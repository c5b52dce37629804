package io.cceemulator.node;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import io.cceemulator.system.ChangeRecorder;

/**
 * All nodes: one immutable record per node id (so a node can only ever be in one place), plus an index from cluster
 * to the ids it holds or is receiving, so that a request costs the same whatever the size of other clusters.
 */
@Component
public class NodeRegistry {

	private record Store(Map<String, Node> byId, Map<String, Set<String>> byCluster) {

		static Store empty() {
			return new Store(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		}

		void index(String clusterId, String nodeId) {
			this.byCluster.computeIfAbsent(clusterId, (c) -> ConcurrentHashMap.newKeySet()).add(nodeId);
		}

		void unindex(String clusterId, String nodeId) {
			Set<String> ids = this.byCluster.get(clusterId);
			if (ids != null) {
				ids.remove(nodeId);
			}
		}

	}

	private static final Comparator<Node> ORDER = Comparator.comparing(Node::created).thenComparing(Node::name)
		.thenComparing(Node::id);

	private final AtomicReference<Store> store = new AtomicReference<>(Store.empty());

	private final ChangeRecorder changes;

	NodeRegistry(ChangeRecorder changes) {
		this.changes = changes;
	}

	/** The node's own record, if it belongs to the project. */
	public Optional<Node> find(String projectId, String nodeId) {
		Node node = this.store.get().byId().get(nodeId);
		return (node != null && node.projectId().equals(projectId)) ? Optional.of(node) : Optional.empty();
	}

	/** Whether any project has a node with this id (ids are unique across projects). */
	public boolean exists(String nodeId) {
		return this.store.get().byId().containsKey(nodeId);
	}

	/** The node as the cluster shows it: a node of the cluster, or one a migration is installing into it. */
	public Optional<Node> findInCluster(String projectId, String clusterId, String nodeId) {
		return find(projectId, nodeId).filter((n) -> shownIn(n, clusterId)).map((n) -> n.asSeenFrom(clusterId));
	}

	public List<Node> listInCluster(String projectId, String clusterId) {
		Store s = this.store.get();
		Set<String> ids = s.byCluster().getOrDefault(clusterId, Set.of());
		return ids.stream()
			.map(s.byId()::get)
			.filter(Objects::nonNull)
			.filter((n) -> n.projectId().equals(projectId) && shownIn(n, clusterId))
			.map((n) -> n.asSeenFrom(clusterId))
			.sorted(ORDER)
			.toList();
	}

	public Collection<Node> all() {
		return List.copyOf(this.store.get().byId().values());
	}

	/** Stores the new value of a node and keeps the cluster index in step with where it is and where it goes. */
	public void save(Node node) {
		Store s = this.store.get();
		Node before = s.byId().put(node.id(), node);
		this.changes.record("node", node.id(), node);
		s.index(node.clusterId(), node.id());
		if (node.incoming() != null) {
			s.index(node.incoming().targetClusterId(), node.id());
		}
		if (before != null) {
			if (!before.clusterId().equals(node.clusterId())) {
				s.unindex(before.clusterId(), node.id());
			}
			if (before.incoming() != null && node.incoming() == null
					&& !before.incoming().targetClusterId().equals(node.clusterId())) {
				s.unindex(before.incoming().targetClusterId(), node.id());
			}
		}
	}

	public void removeById(String nodeId) {
		Node node = this.store.get().byId().get(nodeId);
		if (node != null) {
			remove(node);
		}
	}

	public void remove(Node node) {
		Store s = this.store.get();
		if (s.byId().remove(node.id()) != null) {
			this.changes.record("node", node.id(), null);
			s.unindex(node.clusterId(), node.id());
			if (node.incoming() != null) {
				s.unindex(node.incoming().targetClusterId(), node.id());
			}
		}
	}

	/** Replaces every node at once. */
	public void replaceAll(Collection<Node> nodes) {
		Store fresh = Store.empty();
		for (Node node : nodes) {
			fresh.byId().put(node.id(), node);
			fresh.index(node.clusterId(), node.id());
			if (node.incoming() != null) {
				fresh.index(node.incoming().targetClusterId(), node.id());
			}
		}
		this.store.set(fresh);
	}

	private static boolean shownIn(Node node, String clusterId) {
		return node.clusterId().equals(clusterId)
				|| (node.incoming() != null && node.incoming().targetClusterId().equals(clusterId));
	}

}
