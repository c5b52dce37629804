package io.cceemulator.clusterlifecycle;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.cluster.ClusterView;
import io.cceemulator.web.CceOperation;

/** CreateCluster, UpdateCluster, DeleteCluster and CreateKubernetesClusterCert; reading clusters is the cluster feature's. */
@RestController
@RequestMapping("/api/v3/projects/{project_id}/clusters")
class ClusterLifecycleController {

	private final ClusterCreation creation;

	private final ClusterUpdate update;

	private final ClusterDeletion deletion;

	private final ClusterCerts certs;

	ClusterLifecycleController(ClusterCreation creation, ClusterUpdate update, ClusterDeletion deletion,
			ClusterCerts certs) {
		this.creation = creation;
		this.update = update;
		this.deletion = deletion;
		this.certs = certs;
	}

	/** 201, as golangsdk's {@code clusters.Create} accepts nothing else. */
	@CceOperation("CreateCluster")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ClusterView create(@PathVariable("project_id") String projectId, @Valid @RequestBody ClusterCreateRequest request) {
		return this.creation.create(projectId, request);
	}

	@CceOperation("UpdateCluster")
	@PutMapping("/{cluster_id}")
	ClusterView update(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@Valid @RequestBody ClusterUpdateRequest request) {
		return this.update.update(projectId, clusterId, request);
	}

	@CceOperation("DeleteCluster")
	@DeleteMapping("/{cluster_id}")
	ClusterView delete(@PathVariable("project_id") String projectId, @PathVariable("cluster_id") String clusterId,
			@RequestParam Map<String, String> query) {
		return this.deletion.delete(projectId, clusterId, query);
	}

	/** 200: the SDK takes any 2xx, OpenTelekomCloud's golangsdk only 200, Huawei's the POST defaults (200, 201, 202). */
	@CceOperation("CreateKubernetesClusterCert")
	@PostMapping("/{cluster_id}/clustercert")
	ResponseEntity<Kubeconfig> cert(@PathVariable("project_id") String projectId,
			@PathVariable("cluster_id") String clusterId, @RequestBody(required = false) ClusterCerts.CertDuration body) {
		ClusterCerts.Issued issued = this.certs.issue(projectId, clusterId, body);
		return ResponseEntity.ok().header("Port-ID", issued.portId()).body(issued.kubeconfig());
	}

}
