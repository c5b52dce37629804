package io.cceemulator.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

import io.cceemulator.state.Change;
import io.cceemulator.state.Commit;
import io.cceemulator.state.StateListener;

/** The counts behind {@code cce_state_changes_total}: every committed change, by kind. */
@Component
class StateChangeCounts implements StateListener {

	record Count(String kind, long value) {
	}

	private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

	@Override
	public void committed(Commit commit) {
		for (Change change : commit.changes()) {
			this.counts.computeIfAbsent(change.getClass().getSimpleName(), (k) -> new LongAdder()).increment();
		}
	}

	List<Count> all() {
		return this.counts.entrySet()
			.stream()
			.map((e) -> new Count(e.getKey(), e.getValue().sum()))
			.sorted(Comparator.comparing(Count::kind))
			.toList();
	}

}
