package io.cceemulator.state;

import java.util.List;

/**
 * The changes one write made durable and visible, in the order they were applied.
 *
 * @param byCall the changes the operation itself made; the others are jobs advancing with the clock
 */
public record Commit(String projectId, ProjectState before, ProjectState after, List<Change> changes,
		List<Change> byCall) {
}
