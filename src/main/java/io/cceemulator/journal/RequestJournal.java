package io.cceemulator.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;

/**
 * The most recent calls, the oldest dropped first past {@code emulator.journal.max-entries} entries or
 * {@code emulator.journal.max-bytes} of bodies, so that a flood of large bodies cannot exhaust the memory.
 */
@Component
public class RequestJournal {

	/** What to look for; null fields match everything, {@code path} matches a substring. */
	public record Query(String operation, String method, String path, Integer status, String errorCode,
			String projectId, Integer limit) {

		Predicate<JournalEntry> predicate() {
			return (e) -> (this.operation == null || this.operation.equals(e.operation()))
					&& (this.method == null || this.method.equalsIgnoreCase(e.method()))
					&& (this.path == null || e.path().contains(this.path))
					&& (this.status == null || this.status == e.status())
					&& (this.errorCode == null || this.errorCode.equals(e.errorCode()))
					&& (this.projectId == null || this.projectId.equals(e.projectId()));
		}

	}

	private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();

	private final AtomicLong sequence = new AtomicLong();

	private final int maxEntries;

	private final long maxBytes;

	private long bytes;

	RequestJournal(EmulatorProperties properties) {
		this.maxEntries = Math.max(properties.journal().maxEntries(), 0);
		this.maxBytes = Math.max(properties.journal().maxBytes().toBytes(), 0);
	}

	long nextSequence() {
		return this.sequence.incrementAndGet();
	}

	synchronized void add(JournalEntry entry) {
		if (this.maxEntries == 0 || entry.weight() > this.maxBytes) {
			return;
		}
		this.entries.addLast(entry);
		this.bytes += entry.weight();
		while (this.entries.size() > this.maxEntries || this.bytes > this.maxBytes) {
			this.bytes -= this.entries.removeFirst().weight();
		}
	}

	/** Matching entries, oldest first; with a limit, the newest {@code limit} of them. */
	public synchronized List<JournalEntry> find(Query query) {
		Predicate<JournalEntry> matches = query.predicate();
		List<JournalEntry> found = new ArrayList<>();
		for (JournalEntry entry : this.entries) {
			if (matches.test(entry)) {
				found.add(entry);
			}
		}
		if (query.limit() != null && query.limit() >= 0 && found.size() > query.limit()) {
			return List.copyOf(found.subList(found.size() - query.limit(), found.size()));
		}
		return found;
	}

	public synchronized int size() {
		return this.entries.size();
	}

	public synchronized void clear() {
		this.entries.clear();
		this.bytes = 0;
	}

}
