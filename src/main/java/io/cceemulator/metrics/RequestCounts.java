package io.cceemulator.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/** The counts behind {@code cce_requests_total}: one adder per operation, status and error code seen so far. */
@Component
class RequestCounts {

	record Key(String operation, int status, String errorCode) {
	}

	record Count(Key key, long value) {
	}

	private static final Comparator<Key> ORDER = Comparator.comparing(Key::operation)
		.thenComparingInt(Key::status)
		.thenComparing(Key::errorCode);

	private final ConcurrentMap<Key, LongAdder> counts = new ConcurrentHashMap<>();

	void increment(String operation, int status, String errorCode) {
		this.counts.computeIfAbsent(new Key(operation, status, errorCode), (key) -> new LongAdder()).increment();
	}

	/** Every count, in a stable order so that successive scrapes list the series alike. */
	List<Count> all() {
		return this.counts.entrySet()
			.stream()
			.map((e) -> new Count(e.getKey(), e.getValue().sum()))
			.sorted(Comparator.comparing(Count::key, ORDER))
			.toList();
	}

}
