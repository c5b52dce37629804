package io.cceemulator.migration;

import java.util.Collections;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Bodies;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The request's own validation: 400 CCE.01400001 naming the field and the rule, before any cluster is looked at. */
class MigrateRequestValidationTests extends ApiTest {

	private Response migrate(String body) {
		return api().body(body).put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B);
	}

	private static String withSpec(String spec) {
		return "{\"spec\":" + spec + "}";
	}

	@Test
	void refusesMalformedJson() {
		assertCceError(migrate("{\"spec\":"), CceError.INVALID_REQUEST, "malformed JSON");
		assertCceError(migrate(Bodies.migrate(NODE_A1) + " trailing"), CceError.INVALID_REQUEST, "malformed JSON");
	}

	@Test
	void refusesDuplicateKeys() {
		assertCceError(migrate("{\"spec\":{\"os\":\"a\",\"os\":\"b\"}}"), CceError.INVALID_REQUEST,
				"Duplicate Object property \"os\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"os\":5,\"login\":{\"sshKey\":\"k\"},\"nodes\":[{\"uid\":\"x\"}]}|spec.os: expected a string",
			"{\"os\":\"x\",\"login\":{\"sshKey\":\"k\"},\"nodes\":{\"uid\":\"x\"}}|spec.nodes: expected an array",
			"{\"os\":\"x\",\"login\":\"k\",\"nodes\":[{\"uid\":\"x\"}]}|spec.login: expected an object",
			"{\"os\":\"x\",\"extendParam\":{\"maxPods\":\"20\"},\"login\":{\"sshKey\":\"k\"},\"nodes\":[{\"uid\":\"x\"}]}|spec.extendParam.maxPods: expected an integer",
			"{\"os\":\"x\",\"login\":{\"sshKey\":\"k\"},\"nodes\":[{\"uid\":7}]}|spec.nodes[0].uid: expected a string" })
	void refusesWrongTypesNamingTheField(String spec, String message) {
		assertCceError(migrate(withSpec(spec)), CceError.INVALID_REQUEST, message);
	}

	@Test
	void requiresSpecOsLoginAndNodes() {
		assertCceError(migrate("{}"), CceError.INVALID_REQUEST, "spec: is required");
		assertCceError(migrate(withSpec("{}")), CceError.INVALID_REQUEST,
				"spec.login: is required; spec.nodes: is required; spec.os: is required");
	}

	@Test
	void requiresExactlyOneLoginMethod() {
		String both = "{\"os\":\"x\",\"login\":{\"sshKey\":\"k\",\"userPassword\":{\"password\":\""
				+ Bodies.SALTED_PASSWORD + "\"}},\"nodes\":[{\"uid\":\"" + NODE_A1 + "\"}]}";
		assertCceError(migrate(withSpec(both)), CceError.INVALID_REQUEST,
				"spec.login: exactly one of sshKey and userPassword is required");
		assertCceError(migrate(withSpec("{\"os\":\"x\",\"login\":{},\"nodes\":[{\"uid\":\"a\"}]}")),
				CceError.INVALID_REQUEST, "exactly one of sshKey and userPassword");
	}

	@Test
	void acceptsOneToTwoHundredNodes() {
		assertCceError(migrate(Bodies.migrate()), CceError.INVALID_REQUEST, "spec.nodes: must list 1 to 200 nodes");
		String[] many = Collections.nCopies(201, "n").toArray(String[]::new);
		for (int i = 0; i < many.length; i++) {
			many[i] = "node-" + i;
		}
		assertCceError(migrate(Bodies.migrate(many)), CceError.INVALID_REQUEST, "spec.nodes: must list 1 to 200 nodes");
	}

	@Test
	void refusesEmptyAndDuplicateUids() {
		assertCceError(migrate(Bodies.migrate("")), CceError.INVALID_REQUEST, "spec.nodes[0].uid: is required");
		assertCceError(migrate(Bodies.migrate(NODE_A1, NODE_A2, NODE_A1)), CceError.INVALID_REQUEST,
				"spec.nodes[2].uid: node " + NODE_A1 + " is listed more than once");
	}

	@Test
	void checksApiVersionAndKindWhenPresent() {
		String body = Bodies.migrate(NODE_A1);
		assertCceError(migrate("{\"apiVersion\":\"v2\"," + body.substring(1)), CceError.INVALID_REQUEST,
				"apiVersion: must be v3, got 'v2'");
		assertCceError(migrate("{\"kind\":\"Node\"," + body.substring(1)), CceError.INVALID_REQUEST,
				"kind: must be MigrateNodesTask, got 'Node'");
		migrate("{\"apiVersion\":\"v3\",\"kind\":\"MigrateNodesTask\"," + body.substring(1)).then().statusCode(200);
	}

	@ParameterizedTest
	@CsvSource({ "15,400", "16,200", "256,200", "257,400" })
	void keepsMaxPodsBetween16And256(int maxPods, int status) {
		Response response = migrate(Bodies.migrateWithExtend("{\"maxPods\":" + maxPods + "}", NODE_A1));
		if (status == 400) {
			assertCceError(response, CceError.INVALID_REQUEST, "spec.extendParam.maxPods: must be between 16 and 256");
		}
		else {
			response.then().statusCode(200).body("spec.extendParam.maxPods", equalTo(maxPods));
		}
	}

	@Test
	void checksTheDockerLvmConfigGrammar() {
		assertCceError(migrate(Bodies.migrateWithExtend("{\"DockerLVMConfigOverride\":\"diskType=nvme\"}", NODE_A1)),
				CceError.INVALID_REQUEST, "spec.extendParam.DockerLVMConfigOverride: diskType 'nvme' must be evs, hdd or ssd");
	}

	@Test
	void requiresBase64ScriptsWithinTheirCombinedLimit() {
		assertCceError(migrate(Bodies.migrateWithExtend("{\"alpha.cce/preInstall\":\"not base64!\"}", NODE_A1)),
				CceError.INVALID_REQUEST, "spec.extendParam.alpha.cce/preInstall: must be Base64-encoded");
		String big = "A".repeat(5124);
		assertCceError(migrate(Bodies.migrateWithExtend("{\"alpha.cce/preInstall\":\"" + big
				+ "\",\"alpha.cce/postInstall\":\"" + big + "\"}", NODE_A1)), CceError.INVALID_REQUEST,
				"together are 10248 characters, over the limit of 10240");
		migrate(Bodies.migrateWithExtend("{\"alpha.cce/postInstall\":\"ZWNobyBoZWxsbw==\"}", NODE_A1)).then()
			.statusCode(200);
	}

	@Test
	void requiresASaltedPasswordAndNeverEchoesIt() {
		String plain = "{\"os\":\"EulerOS 2.9\",\"login\":{\"userPassword\":{\"password\":\"Secret@123\"}},\"nodes\":[{\"uid\":\""
				+ NODE_A1 + "\"}]}";
		assertCceError(migrate(withSpec(plain)), CceError.INVALID_REQUEST,
				"spec.login.userPassword.password: must be the salted password");
		String salted = plain.replace("Secret@123", Bodies.SALTED_PASSWORD);
		migrate(withSpec(salted)).then()
			.statusCode(200)
			.body("spec.login.userPassword.username", equalTo("root"))
			.body("spec.login.userPassword.password", equalTo("******"))
			.body("spec.login", not(hasKey("sshKey")));
	}

	@Test
	void acceptsOnlyDockerOrContainerd() {
		String spec = "{\"os\":\"x\",\"login\":{\"sshKey\":\"k\"},\"runtime\":{\"name\":\"cri-o\"},\"nodes\":[{\"uid\":\"a\"}]}";
		assertCceError(migrate(withSpec(spec)), CceError.INVALID_REQUEST, "spec.runtime.name: must be docker or containerd");
	}

	@Test
	void requiresAKnownImageWhoseOsMatches() {
		assertCceError(migrate(Bodies.migrateWithExtend("{\"alpha.cce/NodeImageID\":\"img-unknown\"}", NODE_A1)),
				CceError.INVALID_REQUEST, "spec.extendParam.alpha.cce/NodeImageID: image img-unknown does not exist");
		assertCceError(migrate(Bodies.migrateWithExtend("{\"alpha.cce/NodeImageID\":\"" + IMAGE_EULER_25 + "\"}", NODE_A1)),
				CceError.INVALID_REQUEST, "spec.os: must equal the OS of image " + IMAGE_EULER_25 + " ('EulerOS 2.5')");
		String matching = Bodies.migrateWithExtend("{\"alpha.cce/NodeImageID\":\"" + IMAGE_EULER_25 + "\"}", NODE_A1)
			.replace("EulerOS 2.9", "EulerOS 2.5");
		migrate(matching).then().statusCode(200).body("spec.runtime.name", equalTo("docker"));
	}

	@Test
	void refusesABodyThatIsNotJsonByContentType() {
		Response response = api().contentType("text/plain")
			.body(Bodies.migrate(NODE_A1))
			.put(projectPath() + "/clusters/" + STD_A + "/nodes/operation/migrateto/" + STD_B);
		assertCceError(response, CceError.CONTENT_TYPE_NOT_SUPPORTED, "Content-Type text/plain");
	}

	@Test
	void validatesTheRequestBeforeLookingAtClusters() {
		Response response = api().body(Bodies.migrate())
			.put(projectPath() + "/clusters/nope/nodes/operation/migrateto/" + STD_B);
		assertCceError(response, CceError.INVALID_REQUEST, "spec.nodes");
	}

}
