package io.cceemulator.clusterlifecycle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.error.CceError;
import io.cceemulator.support.ApiTest;

import static io.cceemulator.support.CceErrors.assertCceError;
import static io.cceemulator.support.Defaults.STD_A;
import static io.cceemulator.support.Defaults.STD_C;
import static org.assertj.core.api.Assertions.assertThat;

/** CreateKubernetesClusterCert over HTTP: a kubeconfig whose certificates parse, chain and expire as asked. */
class ClusterLifecycleCertTests extends ApiTest {

	@BeforeEach
	void freezeClock() {
		this.clock.freeze();
	}

	private String cert(String cluster) {
		return projectPath() + "/clusters/" + cluster + "/clustercert";
	}

	private static X509Certificate certificate(String data) throws Exception {
		byte[] pem = Base64.getDecoder().decode(data);
		assertThat(new String(pem, StandardCharsets.US_ASCII)).startsWith("-----BEGIN CERTIFICATE-----\n");
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
	}

	@Test
	void answersAKubeconfigForTheInternalEndpointWhoseCertificatesParseAndChain() throws Exception {
		JsonPath config = api().body("{\"duration\":30}").post(cert(STD_C)).then().statusCode(200).extract().jsonPath();
		assertThat(config.getString("kind")).isEqualTo("Config");
		assertThat(config.getString("apiVersion")).isEqualTo("v1");
		assertThat(config.getList("clusters.name")).containsExactly("internalCluster");
		assertThat(config.getString("clusters[0].cluster.server")).isEqualTo("https://192.168.0.10:5443");
		assertThat(config.getList("contexts.name")).containsExactly("internal");
		assertThat(config.getString("contexts[0].context.cluster")).isEqualTo("internalCluster");
		assertThat(config.getString("contexts[0].context.user")).isEqualTo("user");
		assertThat(config.getString("current-context")).isEqualTo("internal");
		assertThat(config.getList("users.name")).containsExactly("user");

		X509Certificate ca = certificate(config.getString("clusters[0].cluster.certificate-authority-data"));
		X509Certificate client = certificate(config.getString("users[0].user.client-certificate-data"));
		ca.verify(ca.getPublicKey());
		client.verify(ca.getPublicKey());
		assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
		assertThat(client.getSubjectX500Principal().getName()).contains("O=system:masters");
		Instant now = this.clock.instant();
		assertThat(client.getNotAfter().toInstant()).isBetween(now.plus(Duration.ofDays(30)).minusSeconds(1),
				now.plus(Duration.ofDays(30)).plusSeconds(1));

		String keyPem = new String(Base64.getDecoder().decode(config.getString("users[0].user.client-key-data")),
				StandardCharsets.US_ASCII);
		assertThat(keyPem).startsWith("-----BEGIN PRIVATE KEY-----\n");
		String base64 = keyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initSign(key);
		signature.update(new byte[] { 1, 2, 3 });
		byte[] signed = signature.sign();
		signature.initVerify(client.getPublicKey());
		signature.update(new byte[] { 1, 2, 3 });
		assertThat(signature.verify(signed)).as("the key is the client certificate's").isTrue();
	}

	@Test
	void addsTheExternalEntriesForAClusterWithAnEipAndGivesTheLongestValidityForMinusOne() throws Exception {
		String body = ClusterBodies.standard("with-eip").replace("\"clusterAZ\":\"cn-north-4a\"",
				"\"clusterAZ\":\"cn-north-4a\",\"clusterExternalIP\":\"100.85.1.2\"");
		String uid = api().body(body).post(projectPath() + "/clusters").then().statusCode(201).extract().path("metadata.uid");
		this.clock.advance(Duration.ofSeconds(4));
		JsonPath config = api().body("{\"duration\":-1}").post(cert(uid)).then().statusCode(200).extract().jsonPath();
		assertThat(config.getList("clusters.name")).containsExactly("internalCluster", "externalCluster",
				"externalClusterTLSVerify");
		assertThat(config.getString("clusters[1].cluster.server")).isEqualTo("https://100.85.1.2:5443");
		assertThat(config.getBoolean("clusters[1].cluster.insecure-skip-tls-verify")).isTrue();
		assertThat(config.getString("clusters[2].cluster.certificate-authority-data"))
			.isEqualTo(config.getString("clusters[0].cluster.certificate-authority-data"));
		assertThat(config.getList("contexts.name")).containsExactly("internal", "external", "externalTLSVerify");
		assertThat(config.getString("current-context")).isEqualTo("external");
		X509Certificate client = certificate(config.getString("users[0].user.client-certificate-data"));
		assertThat(client.getNotAfter().toInstant()).isAfter(this.clock.instant().plus(Duration.ofDays(1826)));
	}

	@Test
	void takesAnExpiryTimeInGosFormatOverADurationAndNamesTheControlPlanesPort() throws Exception {
		Instant until = this.clock.instant().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String text = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'")
			.withZone(java.time.ZoneOffset.UTC)
			.format(until);
		io.restassured.response.Response response = api().body("{\"duration\":1,\"expire_at\":\"" + text + "\"}")
			.post(cert(STD_C));
		response.then().statusCode(200);
		X509Certificate client = certificate(response.jsonPath().getString("users[0].user.client-certificate-data"));
		assertThat(client.getNotAfter().toInstant()).isEqualTo(until);
		String port = response.header("Port-ID");
		assertThat(port).matches("[0-9a-f-]{36}");
		assertThat(api().body("{\"duration\":1}").post(cert(STD_C)).header("Port-ID")).isEqualTo(port);
		assertThat(api().body("{\"duration\":1}").post(cert(STD_A)).header("Port-ID")).isNotEqualTo(port);

		assertCceError(api().body("{\"expire_at\":\"tomorrow\"}").post(cert(STD_C)), CceError.INVALID_REQUEST,
				"expire_at: 'tomorrow' is not a time");
		String soon = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'")
			.withZone(java.time.ZoneOffset.UTC)
			.format(this.clock.instant().plus(Duration.ofMinutes(5)));
		assertCceError(api().body("{\"expire_at\":\"" + soon + "\"}").post(cert(STD_C)), CceError.INVALID_REQUEST,
				"must be 15 minutes to 5 years from now");
	}

	@Test
	void issuesNewKeysEveryTimeAndNoneOfTheEmulatorsSecrets() {
		String first = api().body("{\"duration\":1}").post(cert(STD_A)).asString();
		String second = api().body("{\"duration\":1}").post(cert(STD_A)).asString();
		assertThat(first).isNotEqualTo(second);
		for (String config : new String[] { first, second }) {
			assertThat(config).doesNotContain(DefaultCredentials.SK).doesNotContain(DefaultCredentials.AK)
				.doesNotContain("emulator-token");
		}
	}

	@Test
	void refusesADurationOutOfRangeAnUnknownClusterAndAClusterBeingCreated() {
		assertCceError(api().body("{\"duration\":0}").post(cert(STD_C)), CceError.INVALID_REQUEST,
				"duration: must be between 1 and 1827");
		assertCceError(api().body("{\"duration\":1828}").post(cert(STD_C)), CceError.INVALID_REQUEST, "duration");
		assertCceError(api().body("{}").post(cert(STD_C)), CceError.INVALID_REQUEST, "duration: is required");
		assertCceError(api().body("{\"duration\":30}").post(cert("no-such-cluster")), CceError.NOT_FOUND,
				"Cluster no-such-cluster not found");
		String uid = api().body(ClusterBodies.standard("cert-too-early"))
			.post(projectPath() + "/clusters")
			.then()
			.statusCode(201)
			.extract()
			.path("metadata.uid");
		assertCceError(api().body("{\"duration\":30}").post(cert(uid)), CceError.INVALID_REQUEST, "is Creating");
	}

}
