package io.cceemulator.state;

/** A private image of a project, with the operating system it was built from. */
public record Image(String projectId, String id, String name, String os) {
}
