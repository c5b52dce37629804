package io.cceemulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code DockerLVMConfigOverride} string, e.g.
 * {@code dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear}. The API page marks
 * {@code userLV} and {@code userPath} optional; the other four keys are required.
 */
public record DockerLvmConfig(Map<String, String> entries) {

	private static final Pattern SIZE = Pattern.compile("vgpaas/(\\d{1,3})%VG");

	private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._\\-/]*");

	private static final Set<String> DISK_TYPES = Set.of("evs", "hdd", "ssd");

	private static final Set<String> LV_TYPES = Set.of("linear", "striped");

	private static final List<String> REQUIRED = List.of("dockerThinpool", "kubernetesLV", "diskType", "lvType");

	private static final List<String> KEYS = List.of("userLV", "userPath", "diskType", "lvType", "dockerThinpool",
			"kubernetesLV");

	/** Parses and checks the string; the exception's message names the key and the rule. */
	public static DockerLvmConfig parse(String text) {
		Map<String, String> entries = new LinkedHashMap<>();
		for (String part : text.split(";", -1)) {
			if (part.isBlank()) {
				continue;
			}
			int eq = part.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("'" + part + "' is not key=value");
			}
			String key = part.substring(0, eq).trim();
			String value = part.substring(eq + 1).trim();
			if (!KEYS.contains(key)) {
				throw new IllegalArgumentException("unknown key '" + key + "' (allowed: " + String.join(", ", KEYS) + ")");
			}
			if (entries.put(key, value) != null) {
				throw new IllegalArgumentException("key '" + key + "' appears twice");
			}
			checkValue(key, value);
		}
		List<String> missing = new ArrayList<>(REQUIRED);
		missing.removeAll(entries.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("missing " + String.join(", ", missing));
		}
		if (entries.containsKey("userPath") && !entries.containsKey("userLV")) {
			throw new IllegalArgumentException("userPath needs userLV");
		}
		int total = percent(entries.get("dockerThinpool")) + percent(entries.get("kubernetesLV"))
				+ (entries.containsKey("userLV") ? percent(entries.get("userLV")) : 0);
		if (total > 100) {
			throw new IllegalArgumentException("dockerThinpool, kubernetesLV and userLV add up to " + total + "%VG, over 100%VG");
		}
		return new DockerLvmConfig(Map.copyOf(entries));
	}

	/** The {@code diskType} entry of a stored string, without checking the rest of it. */
	public static Optional<String> diskTypeOf(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (String part : text.split(";")) {
			int eq = part.indexOf('=');
			if (eq > 0 && part.substring(0, eq).trim().equals("diskType")) {
				return Optional.of(part.substring(eq + 1).trim());
			}
		}
		return Optional.empty();
	}

	public String diskType() {
		return this.entries.get("diskType");
	}

	private static void checkValue(String key, String value) {
		switch (key) {
			case "diskType" -> require(DISK_TYPES.contains(value), key, value, "evs, hdd or ssd");
			case "lvType" -> require(LV_TYPES.contains(value), key, value, "linear or striped");
			case "userPath" -> require(PATH.matcher(value).matches() && !value.contains(".."), key, value,
					"an absolute path such as /home/wqt-test");
			default -> require(percentOrMinus(value) >= 1, key, value, "a size such as vgpaas/20%VG (1 to 100)");
		}
	}

	private static void require(boolean ok, String key, String value, String expected) {
		if (!ok) {
			throw new IllegalArgumentException(key + " '" + value + "' must be " + expected);
		}
	}

	private static int percentOrMinus(String value) {
		Matcher m = SIZE.matcher(value);
		if (!m.matches()) {
			return -1;
		}
		int p = Integer.parseInt(m.group(1));
		return (p <= 100) ? p : -1;
	}

	private static int percent(String value) {
		return Math.max(percentOrMinus(value), 0);
	}

}
