package io.cceemulator.state;

/**
 * A change of one project's state: its rules read {@link Tx#state()} and refuse by throwing; its transition writes
 * through the {@link Tx}. The store runs it under the project's lock, after the jobs due by now have advanced, and
 * either all of its changes become durable and visible at once, or none does.
 */
@FunctionalInterface
public interface Operation<R> {

	R apply(Tx tx);

}
