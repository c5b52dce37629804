package io.cceemulator.clusterlifecycle;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up X.509 certificates that clients can parse: a fresh P-256 key pair per certificate, signed with ECDSA, in
 * DER written by hand (the JDK can sign but not build a certificate). Nothing of the emulator's credentials goes into
 * them: every key is new, and the names are the cluster's.
 */
final class Certificates {

	/** ecdsa-with-SHA256 */
	private static final byte[] ECDSA_SHA256 = oid(1, 2, 840, 10045, 4, 3, 2);

	private static final byte[] COMMON_NAME = oid(2, 5, 4, 3);

	private static final byte[] ORGANIZATION = oid(2, 5, 4, 10);

	/** A certificate with its key, each as the base64 of its PEM text (kubeconfig's {@code *-data} fields). */
	record Issued(String certificateData, String keyData, PrivateKey key, byte[] subject) {
	}

	private Certificates() {
	}

	static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the JDK offers no P-256 keys", ex);
		}
	}

	/** A self-signed CA certificate. */
	static Issued authority(String commonName, Instant from, Instant until) {
		KeyPair pair = keyPair();
		byte[] name = name(null, commonName);
		return issue(pair, name, name, pair.getPrivate(), from, until, true);
	}

	/** A client certificate issued by {@code ca}. */
	static Issued client(Issued ca, String organization, String commonName, Instant from, Instant until) {
		KeyPair pair = keyPair();
		return issue(pair, name(organization, commonName), ca.subject(), ca.key(), from, until, false);
	}

	private static Issued issue(KeyPair pair, byte[] subject, byte[] issuer, PrivateKey signer, Instant from,
			Instant until, boolean ca) {
		byte[] algorithm = seq(ECDSA_SHA256);
		byte[] serial = tlv(0x02, new BigInteger(63, ThreadLocalRandom.current()).add(BigInteger.ONE).toByteArray());
		byte[] extensions = ca ? tlv(0xA3, seq(seq(oid(2, 5, 29, 19), tlv(0x01, new byte[] { (byte) 0xFF }),
				tlv(0x04, seq(tlv(0x01, new byte[] { (byte) 0xFF })))))) : new byte[0];
		byte[] tbs = seq(tlv(0xA0, tlv(0x02, new byte[] { 2 })), serial, algorithm, issuer,
				seq(time(from), time(until)), subject, pair.getPublic().getEncoded(), extensions);
		try {
			Signature signature = Signature.getInstance("SHA256withECDSA");
			signature.initSign(signer);
			signature.update(tbs);
			byte[] signed = signature.sign();
			byte[] bits = new byte[signed.length + 1];
			System.arraycopy(signed, 0, bits, 1, signed.length);
			byte[] certificate = seq(tbs, algorithm, tlv(0x03, bits));
			return new Issued(pem("CERTIFICATE", certificate), pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
					pair.getPrivate(), subject);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the JDK cannot sign with ECDSA", ex);
		}
	}

	private static String pem(String type, byte[] der) {
		String text = "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] name(String organization, String commonName) {
		byte[] cn = tlv(0x31, seq(COMMON_NAME, tlv(0x0C, commonName.getBytes(StandardCharsets.UTF_8))));
		if (organization == null) {
			return seq(cn);
		}
		return seq(tlv(0x31, seq(ORGANIZATION, tlv(0x0C, organization.getBytes(StandardCharsets.UTF_8)))), cn);
	}

	/** UTCTime until 2049, GeneralizedTime from 2050 on, as RFC 5280 asks. */
	private static byte[] time(Instant at) {
		int year = at.atZone(ZoneOffset.UTC).getYear();
		boolean utc = year < 2050;
		String text = DateTimeFormatter.ofPattern(utc ? "yyMMddHHmmss'Z'" : "yyyyMMddHHmmss'Z'")
			.withZone(ZoneOffset.UTC)
			.format(at);
		return tlv(utc ? 0x17 : 0x18, text.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] oid(int... arcs) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(arcs[0] * 40 + arcs[1]);
		for (int i = 2; i < arcs.length; i++) {
			int arc = arcs[i];
			int shift = 28;
			while (shift > 0 && (arc >>> shift) == 0) {
				shift -= 7;
			}
			for (; shift > 0; shift -= 7) {
				out.write(0x80 | ((arc >>> shift) & 0x7F));
			}
			out.write(arc & 0x7F);
		}
		return tlv(0x06, out.toByteArray());
	}

	private static byte[] seq(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return tlv(0x30, out.toByteArray());
	}

	private static byte[] tlv(int tag, byte[] value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = value.length;
		if (length < 0x80) {
			out.write(length);
		}
		else {
			byte[] bytes = BigInteger.valueOf(length).toByteArray();
			int skip = (bytes[0] == 0) ? 1 : 0;
			out.write(0x80 | (bytes.length - skip));
			out.write(bytes, skip, bytes.length - skip);
		}
		out.writeBytes(value);
		return out.toByteArray();
	}

}
