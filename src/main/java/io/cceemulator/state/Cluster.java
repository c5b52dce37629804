package io.cceemulator.state;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cluster as the emulator keeps it. Only what the API shows or a rule reads is kept.
 *
 * @param category {@code CCE} (Standard) or {@code Turbo}
 * @param flavor e.g. {@code cce.s2.small}; dedicated-cloud (DeC) flavors contain {@code .dec.}
 * @param version e.g. {@code v1.28.3-r0}
 * @param phase e.g. {@code Available}, {@code Unavailable}, {@code Upgrading}
 */
public record Cluster(String projectId, String id, String name, String category, String flavor, String version,
		String vpc, String subnet, String securityGroup, boolean ipv6, String phase, String az,
		String containerNetworkMode, String containerCidr, String description, Instant created, Instant updated) {

	public static final String AVAILABLE = "Available";

	public static final String TURBO = "Turbo";

	/** The major and minor version at the start of {@code version}; longer numbers than these are no version. */
	public static final Pattern VERSION_FORMAT = Pattern.compile("^v?(\\d{1,4})\\.(\\d{1,4})(?!\\d)");

	/** The same cluster with other creation and change times (an edit keeps the first, sets the second). */
	public Cluster withTimes(Instant created, Instant updated) {
		return new Cluster(this.projectId, this.id, this.name, this.category, this.flavor, this.version, this.vpc,
				this.subnet, this.securityGroup, this.ipv6, this.phase, this.az, this.containerNetworkMode,
				this.containerCidr, this.description, created, updated);
	}

	public boolean isTurbo() {
		return TURBO.equals(this.category);
	}

	/** CCE has no DeC flag; dedicated-cloud clusters are told by their flavor, as Huawei names them. */
	public boolean isDec() {
		return this.flavor != null && this.flavor.contains(".dec.");
	}

	public boolean isAvailable() {
		return AVAILABLE.equals(this.phase);
	}

	/**
	 * The runtime CCE installs on a node of this cluster when the request names none: below v1.25 docker; from v1.25
	 * docker only for EulerOS 2.5 and containerd for every other OS.
	 */
	public String defaultRuntime(String os) {
		return (!versionAtLeast(1, 25) || "EulerOS 2.5".equals(os)) ? "docker" : "containerd";
	}

	/** How many nodes the cluster's flavor allows: {@code cce.*.small} 50, medium 200, large 1,000, xlarge 2,000. */
	public int maxNodes() {
		String f = (this.flavor != null) ? this.flavor : "";
		return f.endsWith(".xlarge") ? 2000 : f.endsWith(".large") ? 1000 : f.endsWith(".medium") ? 200 : 50;
	}

	/** True when the cluster's Kubernetes version is at least {@code major.minor}. */
	public boolean versionAtLeast(int major, int minor) {
		Matcher m = VERSION_FORMAT.matcher((this.version != null) ? this.version : "");
		if (!m.find()) {
			return false;
		}
		int ma = Integer.parseInt(m.group(1));
		int mi = Integer.parseInt(m.group(2));
		return ma > major || (ma == major && mi >= minor);
	}

}
