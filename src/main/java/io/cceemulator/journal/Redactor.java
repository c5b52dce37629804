package io.cceemulator.journal;

import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Copies a request body for the journal with every secret masked: any scalar member whose name says password,
 * secret, token, credential or sk. A body that is not JSON is not kept at all, since it cannot be searched for secrets.
 */
final class Redactor {

	static final String MASK = "******";

	private Redactor() {
	}

	static JsonNode redact(JsonMapper json, byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode tree = json.readTree(body);
			mask(tree);
			return tree;
		}
		catch (JacksonException ex) {
			return StringNode.valueOf("(" + body.length + " bytes, not JSON)");
		}
	}

	private static void mask(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> member : object.properties()) {
				if (isSecret(member.getKey()) && !member.getValue().isContainer()) {
					member.setValue(StringNode.valueOf(MASK));
				}
				else {
					mask(member.getValue());
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(Redactor::mask);
		}
	}

	static boolean isSecret(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.contains("password") || n.contains("secret") || n.contains("token") || n.contains("credential")
				|| n.equals("sk") || n.equals("secret_key") || n.equals("secretkey");
	}

}
