package io.cceemulator.journal;

import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Copies a request body for the journal with every secret masked: any member whose name says password, secret,
 * token, credential or sk, whatever its value (a string, a number, an array or an object). A body that is not JSON
 * is not kept at all, since it cannot be searched for secrets. The copy is JSON text, so the journal holds no tree.
 */
final class Redactor {

	static final String MASK = "******";

	private Redactor() {
	}

	static String redact(JsonMapper json, byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode tree = json.readTree(body);
			mask(tree, false);
			return json.writeValueAsString(tree);
		}
		catch (JacksonException ex) {
			return json.writeValueAsString("(" + body.length + " bytes, not JSON)");
		}
	}

	/** Masks every scalar under a secret's name, at any depth; {@code secret} says the node is under one. */
	private static void mask(JsonNode node, boolean secret) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> member : object.properties()) {
				boolean under = secret || isSecret(member.getKey());
				if (member.getValue().isContainer()) {
					mask(member.getValue(), under);
				}
				else if (under) {
					member.setValue(StringNode.valueOf(MASK));
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.get(i).isContainer()) {
					mask(array.get(i), secret);
				}
				else if (secret) {
					array.set(i, StringNode.valueOf(MASK));
				}
			}
		}
	}

	static boolean isSecret(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.contains("password") || n.contains("secret") || n.contains("token") || n.contains("credential")
				|| n.contains("privatekey") || n.equals("sk") || n.equals("secret_key") || n.equals("secretkey");
	}

}
