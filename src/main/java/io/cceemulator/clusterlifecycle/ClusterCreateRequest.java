package io.cceemulator.clusterlifecycle;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CreateCluster's body (the SDK's {@code Cluster}), with the fields the emulator keeps; the others (clusterTags,
 * configurationsOverride, encryptionConfig, supportIstio, ...) are accepted and not kept. golangsdk, which Terraform
 * uses, spells the version field {@code apiversion}.
 */
record ClusterCreateRequest(String kind, @JsonAlias("apiversion") String apiVersion,
		@NotNull(message = "is required") @Valid Metadata metadata,
		@NotNull(message = "is required") @Valid Spec spec) {

	record Metadata(@NotNull(message = "is required") String name, String alias, Map<String, String> labels,
			Map<String, String> annotations, @Size(max = 64, message = "must be at most 64 characters") String timezone) {
	}

	record Spec(String category, String type, @NotBlank(message = "is required") String flavor, String version,
			@Size(max = 200, message = "must be at most 200 characters") String description,
			@Size(max = 128, message = "may list at most 128 entries") List<String> customSan, Boolean ipv6enable,
			@NotNull(message = "is required") @Valid HostNetwork hostNetwork,
			@NotNull(message = "is required") @Valid ContainerNetwork containerNetwork, @Valid EniNetwork eniNetwork,
			ServiceNetwork serviceNetwork, Authentication authentication, Integer billingMode,
			List<@NotNull(message = "must be an object") Master> masters, String kubernetesSvcIpRange,
			String kubeProxyMode, String az, Map<String, Object> extendParam, Boolean deletionProtection) {
	}

	record HostNetwork(@NotBlank(message = "is required") String vpc,
			@NotBlank(message = "is required") String subnet,
			@JsonProperty("SecurityGroup") @JsonAlias("securityGroup") String securityGroup) {
	}

	record ContainerNetwork(@NotBlank(message = "is required") String mode, String cidr,
			List<@NotNull(message = "must be an object") Cidr> cidrs) {
	}

	record Cidr(String cidr) {
	}

	record EniNetwork(String eniSubnetId, String eniSubnetCIDR,
			List<@NotNull(message = "must be an object") Subnet> subnets) {
	}

	record Subnet(String subnetID) {
	}

	record ServiceNetwork(@JsonProperty("IPv4CIDR") String ipv4Cidr) {
	}

	record Authentication(String mode) {
	}

	record Master(String availabilityZone) {
	}

}
