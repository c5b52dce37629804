package io.cceemulator.clusterlifecycle;

import java.util.List;
import java.util.regex.Pattern;

import io.cceemulator.error.CceException;

/** The checks of single fields that CreateCluster and UpdateCluster share; each refusal names its field. */
final class ClusterChecks {

	/** CCE's rule for cluster names: 4 to 128 characters, lower-case letters, digits and hyphens, a letter first. */
	static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{2,126}[a-z0-9]$");

	/** Resource ids as VPC and ECS give them; the emulator has no VPCs, so any id of this form is taken as is. */
	private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$");

	private static final Pattern IPV4 = Pattern
		.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");

	private static final Pattern DOMAIN = Pattern
		.compile("^(?=.{1,253}$)([A-Za-z0-9*]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

	private ClusterChecks() {
	}

	static void id(String field, String value) {
		if (value == null || !ID.matcher(value).matches()) {
			throw CceException.invalid(field + ": '" + value + "' is not a resource id");
		}
	}

	static boolean isIpv4(String value) {
		return value != null && IPV4.matcher(value).matches();
	}

	/** An IPv4 CIDR block whose address is its network's, with a prefix in {@code [min, max]}. */
	static long[] cidr(String field, String value, int min, int max) {
		String[] parts = (value != null) ? value.split("/", -1) : new String[0];
		if (parts.length != 2 || !isIpv4(parts[0]) || !parts[1].matches("\\d{1,2}")) {
			throw CceException.invalid(field + ": '" + value + "' is not an IPv4 CIDR block such as 172.16.0.0/16");
		}
		int prefix = Integer.parseInt(parts[1]);
		if (prefix < min || prefix > max) {
			throw CceException.invalid(field + ": the mask of " + value + " must be between /" + min + " and /" + max);
		}
		long address = 0;
		for (String octet : parts[0].split("\\.")) {
			address = (address << 8) | Integer.parseInt(octet);
		}
		long size = 1L << (32 - prefix);
		if (address % size != 0) {
			throw CceException.invalid(field + ": " + value + " is not the start of its block");
		}
		return new long[] { address, address + size - 1 };
	}

	static boolean overlap(long[] a, long[] b) {
		return a[0] <= b[1] && b[0] <= a[1];
	}

	/** Subject alternative names: IP addresses or domain names. */
	static void customSan(String field, List<String> sans) {
		if (sans == null) {
			return;
		}
		for (int i = 0; i < sans.size(); i++) {
			String san = sans.get(i);
			if (san == null || !(isIpv4(san) || DOMAIN.matcher(san).matches())) {
				throw CceException.invalid(field + "[" + i + "]: '" + san + "' is neither an IP address nor a domain name");
			}
		}
	}

}
