package com.example.nodes;

import java.time.Duration;
import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.ListNodesRequest;
import com.huaweicloud.sdk.cce.v3.model.Login;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodesSpec;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodesTask;
import com.huaweicloud.sdk.cce.v3.model.Node;
import com.huaweicloud.sdk.cce.v3.model.NodeItem;
import com.huaweicloud.sdk.cce.v3.model.ShowJobRequest;

/** Moves nodes to another cluster and waits for CCE's job to finish: the code under test. */
public class NodeMover {

	private final CceClient cce;

	private final Duration pollEvery;

	public NodeMover(CceClient cce, Duration pollEvery) {
		this.cce = cce;
		this.pollEvery = pollEvery;
	}

	/** Migrates the nodes, polls the job until it ends, and returns the target cluster's node names. */
	public List<String> move(String source, String target, List<String> nodeIds) throws InterruptedException {
		MigrateNodeRequest request = new MigrateNodeRequest().withClusterId(source)
			.withTargetClusterId(target)
			.withBody(new MigrateNodesTask().withApiVersion("v3")
				.withKind("MigrateNodesTask")
				.withSpec(new MigrateNodesSpec().withOs("EulerOS 2.9")
					.withLogin(new Login().withSshKey("KeyPair-001"))
					.withNodes(nodeIds.stream().map((id) -> new NodeItem().withUid(id)).toList())));
		String jobId = this.cce.migrateNode(request).getStatus().getJobID();
		String phase = awaitEnd(jobId);
		if (!"Success".equals(phase)) {
			throw new IllegalStateException("migration job " + jobId + " ended " + phase);
		}
		return this.cce.listNodes(new ListNodesRequest().withClusterId(target))
			.getItems()
			.stream()
			.map((Node node) -> node.getMetadata().getName())
			.toList();
	}

	private String awaitEnd(String jobId) throws InterruptedException {
		while (true) {
			String phase = this.cce.showJob(new ShowJobRequest().withJobId(jobId)).getStatus().getPhase();
			if ("Success".equals(phase) || "Failed".equals(phase)) {
				return phase;
			}
			Thread.sleep(this.pollEvery.toMillis());
		}
	}

}
