package io.cceemulator.data;

import java.util.List;

import io.cceemulator.auth.Credentials;
import io.cceemulator.cluster.Cluster;
import io.cceemulator.image.Image;
import io.cceemulator.node.Node;
import io.cceemulator.node.NodePool;

/** The data file turned into the registries' records, checked and complete. */
record Dataset(List<Cluster> clusters, List<NodePool> pools, List<Node> nodes, List<Image> images,
		Credentials credentials) {
}
