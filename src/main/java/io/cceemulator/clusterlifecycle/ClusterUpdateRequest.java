package io.cceemulator.clusterlifecycle;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * UpdateCluster's body (the SDK's ClusterInformation): what may change on a cluster that exists. Fields left out
 * stay as they are; the lists are the whole new list, and CCE only adds to them.
 */
record ClusterUpdateRequest(@Valid Metadata metadata, @NotNull(message = "is required") @Valid Spec spec) {

	record Metadata(@Size(min = 1, max = 128, message = "must be 1 to 128 characters") String alias) {
	}

	record Spec(@Size(max = 200, message = "must be at most 200 characters") String description,
			@Size(max = 128, message = "may list at most 128 entries") List<String> customSan,
			@Valid ContainerNetwork containerNetwork, @Valid EniNetwork eniNetwork, HostNetwork hostNetwork,
			Boolean deletionProtection) {
	}

	record ContainerNetwork(List<ClusterCreateRequest.@NotNull(message = "must be an object") Cidr> cidrs) {
	}

	record EniNetwork(List<ClusterCreateRequest.@NotNull(message = "must be an object") Subnet> subnets) {
	}

	record HostNetwork(@JsonProperty("SecurityGroup") @JsonAlias("securityGroup") String securityGroup) {
	}

}
