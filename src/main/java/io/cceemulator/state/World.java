package io.cceemulator.state;

import java.util.Collection;
import java.util.List;

import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * The whole emulated cloud at one moment: every project's state and the credentials that may call it. Immutable; the
 * {@link StateStore} holds the current one and the baseline a reset returns to.
 */
public record World(TreePMap<String, ProjectState> projects, Credentials credentials) {

	public static final World EMPTY = new World(TreePMap.empty(), Credentials.none());

	public static World of(Collection<ProjectState> projects, Credentials credentials) {
		TreePMap<String, ProjectState> byId = TreePMap.empty();
		for (ProjectState project : projects) {
			byId = byId.plus(project.projectId(), project);
		}
		return new World(byId, credentials);
	}

	/** The project's state; a project nobody has written to is empty. */
	public ProjectState project(String projectId) {
		ProjectState state = this.projects.get(projectId);
		return (state != null) ? state : ProjectState.empty(projectId);
	}

	/** Every project known to the credentials or holding anything, in id order. */
	public List<String> projectIds() {
		return TreePSet.from(this.credentials.projects().keySet()).plusAll(this.projects.keySet()).stream().toList();
	}

	/** Whether a cluster, node pool, node, server or image of any project has this id (ids are unique across projects). */
	public boolean isTaken(String id) {
		return this.projects.values().stream().anyMatch((p) -> p.holds(id));
	}

	/** This world with the changes applied to the project, in order (persistence replays its log with it). */
	public World apply(String projectId, List<Change> changes) {
		ProjectState state = project(projectId);
		for (Change change : changes) {
			state = state.apply(change);
		}
		return with(state);
	}

	World with(ProjectState project) {
		return new World(this.projects.plus(project.projectId(), project), this.credentials);
	}

}
