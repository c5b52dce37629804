/**
 * The admin API under {@code /__admin}, a prefix no CCE path can take: reset, load and export data, edit clusters,
 * nodes and images, inspect and force jobs, drive the clock, install fault plans, read the request journal.
 */
package io.cceemulator.admin;
