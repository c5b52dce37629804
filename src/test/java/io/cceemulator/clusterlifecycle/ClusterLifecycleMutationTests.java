package io.cceemulator.clusterlifecycle;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a full CreateCluster and UpdateCluster body, and every DeleteCluster and clustercert input, swapped
 * for values of the wrong kind: the answer is never a 5xx, a refusal is in CCE's body, and only a 2xx changes state.
 */
@Tag("slow")
class ClusterLifecycleMutationTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String FULL = """
			{"kind":"Cluster","apiVersion":"v3","metadata":{"name":"mutant","alias":"M","labels":{"a":"b"},
			"annotations":{"c":"d"},"timezone":"UTC"},"spec":{"category":"CCE","type":"VirtualMachine",
			"flavor":"cce.s2.small","version":"v1.29","description":"d","customSan":["1.2.3.4"],"ipv6enable":false,
			"hostNetwork":{"vpc":"vpc-0001","subnet":"subnet-0001","SecurityGroup":"sg-1"},
			"containerNetwork":{"mode":"vpc-router","cidr":"172.16.0.0/16","cidrs":[{"cidr":"172.16.0.0/16"}]},
			"serviceNetwork":{"IPv4CIDR":"10.247.0.0/16"},"authentication":{"mode":"rbac"},"billingMode":0,
			"masters":[{"availabilityZone":"cn-north-4a"}],"kubernetesSvcIpRange":"10.247.0.0/16",
			"kubeProxyMode":"iptables","az":"cn-north-4a","deletionProtection":false,
			"extendParam":{"clusterAZ":"cn-north-4a","clusterExternalIP":"100.1.1.1","periodNum":1}}}""";

	private static final String UPDATE = """
			{"metadata":{"alias":"A"},"spec":{"description":"d","customSan":["a.example.com"],
			"containerNetwork":{"cidrs":[{"cidr":"172.30.0.0/16"}]},"eniNetwork":{"subnets":[{"subnetID":"s-1"}]},
			"hostNetwork":{"SecurityGroup":"sg-2"},"deletionProtection":true}}""";

	private static List<JsonNode> wrongValues() {
		JsonNodeFactory f = JsonNodeFactory.instance;
		return List.of(f.nullNode(), f.numberNode(-1), f.numberNode(Long.MAX_VALUE), f.numberNode(1e308), f.textNode(""),
				f.textNode("x".repeat(5000)), f.textNode("\u0000\uD834\uDD1E"), f.booleanNode(true), f.arrayNode(),
				f.arrayNode().add(f.nullNode()), f.objectNode());
	}

	/** Every body with one node (an object member or an array element) replaced by one of the wrong values. */
	private static List<String> mutants(String body) {
		List<String> out = new ArrayList<>();
		JsonNode root = JSON.readTree(body);
		List<List<Object>> paths = new ArrayList<>();
		collect(root, new ArrayList<>(), paths);
		for (List<Object> path : paths) {
			for (JsonNode value : wrongValues()) {
				JsonNode copy = root.deepCopy();
				JsonNode parent = copy;
				for (int i = 0; i < path.size() - 1; i++) {
					Object step = path.get(i);
					parent = (step instanceof String s) ? parent.get(s) : parent.get((Integer) step);
				}
				Object last = path.get(path.size() - 1);
				if (last instanceof String s) {
					((ObjectNode) parent).set(s, value);
				}
				else {
					((ArrayNode) parent).set((Integer) last, value);
				}
				out.add(copy.toString());
			}
		}
		return out;
	}

	private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
		if (node.isObject()) {
			node.properties().forEach((e) -> {
				List<Object> next = new ArrayList<>(path);
				next.add(e.getKey());
				paths.add(next);
				collect(e.getValue(), next, paths);
			});
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				List<Object> next = new ArrayList<>(path);
				next.add(i);
				paths.add(next);
				collect(node.get(i), next, paths);
			}
		}
	}

	private void check(Response response, String what) {
		assertThat(response.statusCode()).as(what + " answered " + response.asString()).isLessThan(500);
		if (response.statusCode() >= 400) {
			assertThat(response.jsonPath().getString("error_code")).as(what).isNotBlank();
			assertThat(response.jsonPath().getString("errorCode")).as(what).startsWith("CCE.");
		}
	}

	@Test
	void neverAnswersAMutatedCreateWithA5xxAndARefusalChangesNothing() {
		this.clock.freeze();
		for (String mutant : mutants(FULL)) {
			String before = admin().get("/__admin/data").asString();
			Response response = api().body(mutant).post(projectPath() + "/clusters");
			check(response, mutant);
			if (response.statusCode() == 201) {
				api().delete(projectPath() + "/clusters/" + response.jsonPath().getString("metadata.uid"));
				admin().post("/__admin/reset").then().statusCode(200);
				this.clock.freeze();
			}
			else {
				assertThat(admin().get("/__admin/data").asString()).as(mutant).isEqualTo(before);
			}
		}
	}

	@Test
	void neverAnswersAMutatedUpdateDeleteOrCertWithA5xx() {
		this.clock.freeze();
		for (String mutant : mutants(UPDATE)) {
			check(api().body(mutant).put(projectPath() + "/clusters/" + STD_C), mutant);
		}
		for (String mutant : mutants("{\"duration\":30}")) {
			check(api().body(mutant).post(projectPath() + "/clusters/" + STD_C + "/clustercert"), mutant);
		}
		for (String raw : List.of("", "[]", "null", "{", "\"x\"", "{\"duration\":\"30\"}", "{\"duration\":1.5}")) {
			check(api().body(raw).post(projectPath() + "/clusters/" + STD_C + "/clustercert"), raw);
			check(api().body(raw).put(projectPath() + "/clusters/" + STD_C), raw);
			check(api().body(raw).post(projectPath() + "/clusters"), raw);
		}
		for (String query : List.of("delete_evs=%25", "delete_evs=TRUE", "ondemand_node_policy=&tobedeleted=",
				"delete_efs=true&delete_efs=false", "lts_reclaim_policy=" + "x".repeat(3000))) {
			check(api().delete(projectPath() + "/clusters/" + STD_C + "?" + query), query);
		}
	}

}
