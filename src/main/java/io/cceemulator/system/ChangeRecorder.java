package io.cceemulator.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Where the registries report every change they make, for persistence. Off (a no-op) until a sink attaches. Each
 * change takes a sequence number when it is made, inside the writer's critical section, so that replaying changes
 * by sequence gives back the state whatever order their records reached the disk in. {@link #atomically} groups the
 * changes of one call into one durable write, done before the call returns.
 */
@Component
public class ChangeRecorder {

	/** One change: {@code value} is the entity's new state, or null when it was removed. */
	public record Change(long seq, String type, String id, Object value) {
	}

	/** Writes changes durably; a snapshot replaces everything before it. */
	public interface Sink {

		void write(List<Change> changes);

		void snapshot(long seq);

	}

	private final AtomicLong sequence = new AtomicLong();

	private final ThreadLocal<List<Change>> transaction = new ThreadLocal<>();

	private volatile Sink sink;

	public void attach(Sink sink, long lastSequence) {
		this.sequence.set(lastSequence);
		this.sink = sink;
	}

	public boolean isOn() {
		return this.sink != null;
	}

	public void record(String type, String id, Object value) {
		Sink target = this.sink;
		if (target == null) {
			return;
		}
		Change change = new Change(this.sequence.incrementAndGet(), type, id, value);
		List<Change> open = this.transaction.get();
		if (open != null) {
			open.add(change);
		}
		else {
			target.write(List.of(change));
		}
	}

	/** Writes a snapshot of the whole state now (after a data load or reset). */
	public void snapshot() {
		Sink target = this.sink;
		if (target != null) {
			target.snapshot(this.sequence.incrementAndGet());
		}
	}

	/** Runs {@code work} and makes every change it records durable in one write before returning. */
	public <T> T atomically(Supplier<T> work) {
		if (this.sink == null || this.transaction.get() != null) {
			return work.get();
		}
		List<Change> changes = new ArrayList<>();
		this.transaction.set(changes);
		try {
			T result = work.get();
			if (!changes.isEmpty() && this.sink != null) {
				this.sink.write(changes);
			}
			return result;
		}
		finally {
			this.transaction.remove();
		}
	}

	public void atomically(Runnable work) {
		atomically(() -> {
			work.run();
			return null;
		});
	}

}
