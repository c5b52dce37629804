package io.cceemulator.state;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cluster as the emulator keeps it. Only what the API shows or a rule reads is kept.
 *
 * @param category {@code CCE} (Standard) or {@code Turbo}
 * @param flavor e.g. {@code cce.s2.small}; dedicated-cloud (DeC) flavors contain {@code .dec.}
 * @param version e.g. {@code v1.28.3-r0}
 * @param phase e.g. {@code Available}, {@code Unavailable}, {@code Upgrading}
 * @param settings what CreateCluster and UpdateCluster set beyond the rest; a cluster written without them (an old
 * state file, a data file) has the defaults
 */
public record Cluster(String projectId, String id, String name, String category, String flavor, String version,
		String vpc, String subnet, String securityGroup, boolean ipv6, String phase, String az,
		String containerNetworkMode, String containerCidr, String description, Instant created, Instant updated,
		Settings settings) {

	public static final String AVAILABLE = "Available";

	public static final String CREATING = "Creating";

	public static final String DELETING = "Deleting";

	public static final String ERROR = "Error";

	public Cluster {
		settings = (settings != null) ? settings : Settings.DEFAULT;
	}

	/** A cluster with the default settings. */
	public Cluster(String projectId, String id, String name, String category, String flavor, String version,
			String vpc, String subnet, String securityGroup, boolean ipv6, String phase, String az,
			String containerNetworkMode, String containerCidr, String description, Instant created, Instant updated) {
		this(projectId, id, name, category, flavor, version, vpc, subnet, securityGroup, ipv6, phase, az,
				containerNetworkMode, containerCidr, description, created, updated, Settings.DEFAULT);
	}

	/**
	 * The cluster's settings beyond its core fields, as CCE shows them in {@code spec} and {@code metadata}. Every
	 * field left out gets CCE's default.
	 *
	 * @param type {@code VirtualMachine} or {@code ARM64}
	 * @param containerCidrs the container CIDR blocks after the first ({@code containerCidr}), which UpdateCluster adds
	 * @param eniSubnets a Turbo cluster's ENI subnets (IPv4 subnet ids), the first being its {@code eniSubnetId}
	 * @param masters the AZs of the control plane nodes
	 * @param timezone the cluster's time zone, e.g. {@code Asia/Shanghai}, or null for none given
	 * @param jobId the cluster's last create or delete job ({@code status.jobID})
	 */
	public record Settings(String type, String alias, String kubernetesSvcIpRange, String kubeProxyMode,
			String authenticationMode, Integer billingMode, List<String> containerCidrs, List<String> eniSubnets,
			String eniSubnetCidr, List<String> customSan, Boolean deletionProtection, List<String> masters,
			Map<String, String> extendParam, Map<String, String> labels, Map<String, String> annotations,
			String timezone, String jobId) {

		/** CCE's service CIDR for a cluster that names none. */
		public static final String DEFAULT_SERVICE_CIDR = "10.247.0.0/16";

		public static final Settings DEFAULT = new Settings(null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);

		public Settings {
			type = (type != null) ? type : "VirtualMachine";
			kubernetesSvcIpRange = (kubernetesSvcIpRange != null) ? kubernetesSvcIpRange : DEFAULT_SERVICE_CIDR;
			kubeProxyMode = (kubeProxyMode != null) ? kubeProxyMode : "iptables";
			authenticationMode = (authenticationMode != null) ? authenticationMode : "rbac";
			billingMode = (billingMode != null) ? billingMode : 0;
			containerCidrs = (containerCidrs != null) ? List.copyOf(containerCidrs) : List.of();
			eniSubnets = (eniSubnets != null) ? List.copyOf(eniSubnets) : List.of();
			customSan = (customSan != null) ? List.copyOf(customSan) : List.of();
			deletionProtection = Boolean.TRUE.equals(deletionProtection);
			masters = (masters != null) ? List.copyOf(masters) : List.of();
			extendParam = sorted(extendParam);
			labels = sorted(labels);
			annotations = sorted(annotations);
		}

		private static Map<String, String> sorted(Map<String, String> map) {
			return (map != null) ? Collections.unmodifiableMap(new TreeMap<>(map)) : Map.of();
		}

		public Settings withJob(String id) {
			return new Settings(this.type, this.alias, this.kubernetesSvcIpRange, this.kubeProxyMode,
					this.authenticationMode, this.billingMode, this.containerCidrs, this.eniSubnets, this.eniSubnetCidr,
					this.customSan, this.deletionProtection, this.masters, this.extendParam, this.labels,
					this.annotations, this.timezone, id);
		}

	}

	public static final String TURBO = "Turbo";

	/** The major and minor version at the start of {@code version}; longer numbers than these are no version. */
	public static final Pattern VERSION_FORMAT = Pattern.compile("^v?(\\d{1,4})\\.(\\d{1,4})(?!\\d)");

	/** The same cluster with other creation and change times (an edit keeps the first, sets the second). */
	public Cluster withTimes(Instant created, Instant updated) {
		return new Cluster(this.projectId, this.id, this.name, this.category, this.flavor, this.version, this.vpc,
				this.subnet, this.securityGroup, this.ipv6, this.phase, this.az, this.containerNetworkMode,
				this.containerCidr, this.description, created, updated, this.settings);
	}

	/** The same cluster in another phase, changed at {@code at}; a job id names the job that put it there. */
	public Cluster inPhase(String newPhase, String jobId, Instant at) {
		return new Cluster(this.projectId, this.id, this.name, this.category, this.flavor, this.version, this.vpc,
				this.subnet, this.securityGroup, this.ipv6, newPhase, this.az, this.containerNetworkMode,
				this.containerCidr, this.description, this.created, at,
				(jobId != null) ? this.settings.withJob(jobId) : this.settings);
	}

	/** The same cluster with what UpdateCluster changes, changed at {@code at}. */
	public Cluster updated(String newDescription, String newSecurityGroup, Settings newSettings, Instant at) {
		return new Cluster(this.projectId, this.id, this.name, this.category, this.flavor, this.version, this.vpc,
				this.subnet, newSecurityGroup, this.ipv6, this.phase, this.az, this.containerNetworkMode,
				this.containerCidr, newDescription, this.created, at, newSettings);
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
