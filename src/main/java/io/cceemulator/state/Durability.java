package io.cceemulator.state;

/**
 * Where the store makes its changes durable before anyone sees them (persistence). Each method returns once the
 * change is safe, or throws {@link NotDurableException}; the store then changes nothing.
 */
public interface Durability {

	/** No persistence: nothing to write. */
	Durability NONE = new Durability() {
	};

	default void commit(Commit commit) {
	}

	/** The whole state becomes {@code current}; {@code baseline} is what a reset returns to. */
	default void replace(World current, World baseline) {
	}

	/** The state returns to the baseline. */
	default void reset() {
	}

	/** Whether the record of changes has grown enough to be rewritten as one snapshot. */
	default boolean needsCompaction() {
		return false;
	}

	/** Rewrites the record of changes as one snapshot of this state (called while no project is written). */
	default void compact(World current, World baseline) {
	}

	/** Why changes cannot be made durable at the moment, or null when they can. */
	default String problem() {
		return null;
	}

	/** A change that could not be written: the store answers it as a server error and keeps the state as it was. */
	class NotDurableException extends RuntimeException {

		public NotDurableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
