package io.cceemulator.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.cceemulator.reliability.JsonText.Obj;
import io.cceemulator.reliability.JsonText.Raw;
import io.cceemulator.support.Bodies;
import io.cceemulator.support.Defaults;

import static io.cceemulator.reliability.JsonText.arr;
import static io.cceemulator.reliability.JsonText.obj;

/**
 * Hostile migrate requests made from valid ones by mutation. Every valid request here is refused by a rule that no
 * change to its body can satisfy (the target is in another VPC or not Available, or the node is not Active or has no
 * data disk), so every mutant, valid or not, must be refused: none may start a migration.
 */
final class MigrateMutants {

	/** One request: its path, its body bytes, and the mutations that made it (for the failure message). */
	record Mutant(String path, byte[] body, List<String> mutations, boolean raw) {

		String describe() {
			String text = new String(this.body, StandardCharsets.UTF_8);
			return this.mutations + " PUT " + this.path + " " + ((text.length() > 600) ? text.substring(0, 600) + "..." : text);
		}

	}

	private record Base(String source, String target, Obj body) {
	}

	private static final String LVM = Bodies.LVM_EVS;

	private static final List<Base> BASES = List.of(
			new Base(Defaults.STD_A, Defaults.OTHER_VPC, full("EulerOS 2.9", Defaults.NODE_A1, Defaults.NODE_A2)),
			new Base(Defaults.STD_A, Defaults.UPGRADING, full("EulerOS 2.5", Defaults.NODE_A3)),
			new Base(Defaults.STD_A, Defaults.STD_B, keyPair(Defaults.NODE_ABNORMAL)),
			new Base(Defaults.STD_A, Defaults.STD_B, keyPair(Defaults.NODE_SYSTEM_DISK_ONLY)));

	static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "\ud800", "\udfff\ud800", "\u202e1.9 SOleruE",
			"\u200b", "\ufeff", "\uffff", "e\u0301\u0301\u0301", "\ud83d\udca5", "'; DROP TABLE nodes; --",
			"../../etc/passwd", "%2e%2e%2f", "${jndi:ldap://x/a}", "<script>", "\\", "\"", "a".repeat(100_000));

	static final List<Object> ODD_NUMBERS = List.of(-1, 0, 15, 16, 256, 257, Integer.MAX_VALUE, Integer.MIN_VALUE,
			new Raw("2147483648"), new Raw("-2147483649"), new Raw("1e999"), new Raw("-0"), new Raw("1.5"),
			new Raw("123456789012345678901234567890123456789"), new Raw("1" + "0".repeat(1500)), new Raw("0.1e-400"));

	static final List<String> ODD_SEGMENTS = List.of("%zz", "%", "%2", "%2F", "a%2Fb", "..", "%2e%2e", "%2E%2E%2F",
			"%00", "a%00b", "%C0%AE%C0%AE", "%E2%80%AE", "%ED%A0%80", "%FF", ";x=y", "%3B", "%5C", "%252F", "%u002e",
			"%20", "+", "x".repeat(3000), ".", "...", "%25");

	private final Random random;

	MigrateMutants(long seed) {
		this.random = new Random(seed);
	}

	static Obj keyPair(String... uids) {
		List<Object> nodes = new ArrayList<>();
		for (String uid : uids) {
			nodes.add(obj().with("uid", uid));
		}
		return obj().with("spec", obj().with("os", "EulerOS 2.9")
			.with("login", obj().with("sshKey", "KeyPair-001"))
			.with("nodes", nodes));
	}

	static Obj full(String os, String... uids) {
		Obj body = keyPair(uids);
		Obj spec = (Obj) body.get(0).value();
		spec.set(0, new JsonText.Member("os", os));
		spec.set(1, new JsonText.Member("login",
				obj().with("userPassword", obj().with("username", "root").with("password", Bodies.SALTED_PASSWORD))));
		Obj extend = obj().with("maxPods", 110).with("DockerLVMConfigOverride", LVM)
			.with("alpha.cce/preInstall", "ZWNobyBoZWxsbw==")
			.with("alpha.cce/postInstall", "ZWNobyBieWU=");
		if (os.equals("EulerOS 2.5")) {
			extend.with("alpha.cce/NodeImageID", Defaults.IMAGE_EULER_25);
		}
		spec.with("extendParam", extend).with("runtime", obj().with("name", "containerd"));
		return obj().with("apiVersion", "v3").with("kind", "MigrateNodesTask").with("spec", spec);
	}

	/** The valid, refused requests the mutants come from. */
	static List<Mutant> bases() {
		return BASES.stream()
			.map((b) -> new Mutant(path(b.source(), b.target()), JsonText.write(b.body()).getBytes(StandardCharsets.UTF_8),
					List.of("none"), false))
			.toList();
	}

	static String path(String source, String target) {
		return "/api/v3/projects/" + Defaults.PROJECT + "/clusters/" + source + "/nodes/operation/migrateto/" + target;
	}

	/** A mutant of one base: 1 to 3 changes to its tree, then sometimes a change to its bytes or its path. */
	Mutant next() {
		Base base = BASES.get(this.random.nextInt(BASES.size()));
		Object tree = JsonText.copy(base.body());
		List<String> applied = new ArrayList<>();
		int changes = 1 + this.random.nextInt(3);
		for (int i = 0; i < changes; i++) {
			tree = new TreeMutation(this.random).apply(tree, applied);
		}
		byte[] body = JsonText.write(tree).getBytes(StandardCharsets.UTF_8);
		String path = path(base.source(), base.target());
		boolean raw = false;
		int roll = this.random.nextInt(100);
		if (roll < 12) {
			body = new ByteMutation(this.random).apply(body, applied);
		}
		else if (roll < 20) {
			path = mutatePath(base, applied);
			raw = true;
		}
		return new Mutant(path, body, applied, raw);
	}

	private String mutatePath(Base base, List<String> applied) {
		String odd = pick(ODD_SEGMENTS);
		String[] segments = { Defaults.PROJECT, base.source(), base.target() };
		int which = this.random.nextInt(4);
		applied.add("path[" + which + "]=" + ((odd.length() > 20) ? odd.substring(0, 20) + "..." : odd));
		if (which == 3) {
			return path(base.source(), base.target()) + "/" + odd + "?q=" + pick(ODD_SEGMENTS);
		}
		segments[which] = (this.random.nextBoolean()) ? odd : segments[which] + odd;
		return "/api/v3/projects/" + segments[0] + "/clusters/" + segments[1] + "/nodes/operation/migrateto/"
				+ segments[2];
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
