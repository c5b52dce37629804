package io.cceemulator.journal;

import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The most recent calls, oldest dropped first past {@code emulator.journal.max-entries}. */
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

	private final Deque<JournalEntry> entries = new ConcurrentLinkedDeque<>();

	private final AtomicInteger size = new AtomicInteger();

	private final AtomicLong sequence = new AtomicLong();

	private final int maxEntries;

	RequestJournal(@Value("${emulator.journal.max-entries:1000}") int maxEntries) {
		this.maxEntries = Math.max(maxEntries, 0);
	}

	long nextSequence() {
		return this.sequence.incrementAndGet();
	}

	void add(JournalEntry entry) {
		if (this.maxEntries == 0) {
			return;
		}
		this.entries.addLast(entry);
		if (this.size.incrementAndGet() > this.maxEntries && this.entries.pollFirst() != null) {
			this.size.decrementAndGet();
		}
	}

	/** Matching entries, oldest first; with a limit, the newest {@code limit} of them. */
	public List<JournalEntry> find(Query query) {
		Predicate<JournalEntry> matches = query.predicate();
		List<JournalEntry> found = new ArrayList<>();
		for (Iterator<JournalEntry> it = this.entries.iterator(); it.hasNext();) {
			JournalEntry entry = it.next();
			if (matches.test(entry)) {
				found.add(entry);
			}
		}
		if (query.limit() != null && query.limit() >= 0 && found.size() > query.limit()) {
			return List.copyOf(found.subList(found.size() - query.limit(), found.size()));
		}
		return found;
	}

	public int size() {
		return Math.max(this.size.get(), 0);
	}

	public void clear() {
		this.entries.clear();
		this.size.set(0);
	}

}
