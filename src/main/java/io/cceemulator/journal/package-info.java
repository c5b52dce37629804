/**
 * The request journal: every call to the CCE API (and IAM), with what it did, secrets redacted; bounded, queryable
 * and clearable through the admin API.
 */
package io.cceemulator.journal;
