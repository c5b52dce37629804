/**
 * Authentication of the CCE API as the API gateway in front of CCE does it (AK/SK signatures of the official SDKs,
 * IAM tokens, project scope), and IAM for the credentials of the loaded data: {@code POST /v3/auth/tokens} for its
 * users, and the project and account lookups ({@code GET /v3/projects}, {@code GET /v3/auth/domains}) of clients that
 * are not told their ids.
 */
package io.cceemulator.auth;
