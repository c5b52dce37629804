package io.cceemulator.support;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Migrate request bodies for tests. */
public final class Bodies {

	/** A well-formed salted password: Base64 of {@code $6$<salt>$<86-character hash>}. */
	public static final String SALTED_PASSWORD = java.util.Base64.getEncoder()
		.encodeToString(("$6$Q8zQ1z2x$" + "a".repeat(43) + "B./9".repeat(10) + "xyz").getBytes());

	public static final String LVM_EVS = "dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear";

	private Bodies() {
	}

	/** The API page's first example: key-pair login, the given nodes. */
	public static String migrateAs(String os, String... uids) {
		return """
				{"spec":{"os":"%s","login":{"sshKey":"KeyPair-001"},"nodes":[%s]}}""".formatted(os, nodes(uids));
	}

	public static String migrate(String... uids) {
		return migrateAs("EulerOS 2.9", uids);
	}

	/** Key-pair login with the given extendParam object (JSON text). */
	public static String migrateWithExtend(String extendParam, String... uids) {
		return """
				{"spec":{"os":"EulerOS 2.9","extendParam":%s,"login":{"sshKey":"KeyPair-001"},"nodes":[%s]}}"""
			.formatted(extendParam, nodes(uids));
	}

	public static String nodes(String... uids) {
		return Arrays.stream(uids).map((u) -> "{\"uid\":\"" + u + "\"}").collect(Collectors.joining(","));
	}

}
