package io.cceemulator.state;

import java.util.Optional;
import java.util.Set;

/**
 * A planned failure of a job: it fails at the end of {@code during} (Initializing or Running) with {@code reason}.
 *
 * @param resources the sub-jobs' resources (node ids) that fail; empty means the whole job
 */
public record JobFailure(JobPhase during, String reason, Set<String> resources) {

	public JobFailure {
		if (during != JobPhase.INITIALIZING && during != JobPhase.RUNNING) {
			throw new IllegalArgumentException("a job can fail during Initializing or Running, not " + during.wire());
		}
		resources = Set.copyOf(resources);
	}

	/** Where planned failures come from (the fault plans); asked once, when a job starts. */
	public interface Source {

		Optional<JobFailure> failureFor(JobRequest request);

	}

}
