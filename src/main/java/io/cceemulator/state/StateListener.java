package io.cceemulator.state;

/** Told of every change that became visible, in the thread that made it (for the journal and the metrics). */
public interface StateListener {

	default void committed(Commit commit) {
	}

	/** The whole state was replaced (a data load or a reset). */
	default void replaced(World world) {
	}

}
