/**
 * The emulated cloud's state: every project's clusters, node pools, nodes, images and jobs in one immutable value
 * ({@link io.cceemulator.state.ProjectState}), changed only by an {@link io.cceemulator.state.Operation} run through
 * the {@link io.cceemulator.state.StateStore}, which makes its typed {@link io.cceemulator.state.Change}s durable,
 * then visible, then tells persistence's, the journal's and the metrics' listeners. Jobs advance with the clock
 * ({@code JobScheduler}), their effects applied in the same change. Knows no feature, no HTTP and no error body.
 */
package io.cceemulator.state;
