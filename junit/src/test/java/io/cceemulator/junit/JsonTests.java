package io.cceemulator.junit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTests {

	@Test
	void readsEveryKindOfValueKeepingTheMembersOrder() {
		Object value = Json.read("""
				 {"b": [1, -2.5, 3e2, 12345678901, true, false, null], "a": {"x": ""}, "s": "t"} \n""");
		Map<String, Object> object = Json.object(value);
		assertEquals(List.of("b", "a", "s"), List.copyOf(object.keySet()));
		assertEquals(Arrays.asList(1, -2.5, 300.0, 12345678901L, true, false, null), object.get("b"));
		assertEquals(Map.of("x", ""), object.get("a"));
		assertEquals("t", object.get("s"));
	}

	@Test
	void readsEscapes() {
		assertEquals("q\" b\\ s/ \b\f\n\r\t é €", Json.read("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\u20AC\""));
	}

	@Test
	void readsEmptyContainers() {
		assertEquals(Map.of(), Json.read("{ }"));
		assertEquals(List.of(), Json.read("[ ]"));
	}

	@Test
	void namesWhereTheTextGoesWrong() {
		assertEquals("invalid JSON at offset 7: expected ',' or '}'",
				assertThrows(IllegalArgumentException.class, () -> Json.read("{\"a\":1 \"b\":2}")).getMessage());
		assertEquals("invalid JSON at offset 5: expected end of input",
				assertThrows(IllegalArgumentException.class, () -> Json.read("true false")).getMessage());
		assertThrows(IllegalArgumentException.class, () -> Json.read("{\"a\":"));
		assertThrows(IllegalArgumentException.class, () -> Json.read("\"open"));
		assertThrows(IllegalArgumentException.class, () -> Json.read("[1,]"));
		assertThrows(IllegalArgumentException.class, () -> Json.read("\"\\x\""));
		assertThrows(IllegalArgumentException.class, () -> Json.read("nul"));
		assertThrows(IllegalArgumentException.class, () -> Json.read(""));
	}

	@Test
	void writesWhatItReads() {
		String text = "{\"kind\":\"error\",\"times\":1,\"ratePerSecond\":0.5,\"nodes\":[\"a\",null,true],\"o\":{}}";
		assertEquals(text, Json.write(Json.read(text)));
	}

	@Test
	void writesStringsEscaped() {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("message", "a \"quoted\"\\ line\nand\ttab \u0001");
		assertEquals("{\"message\":\"a \\\"quoted\\\"\\\\ line\\nand\\ttab \\u0001\"}", Json.write(plan));
		assertEquals(plan, Json.read(Json.write(plan)));
	}

	@Test
	void givesEmptyContainersAndNullsForMissingFields() {
		Map<String, Object> object = Json.object(Json.read("{\"n\":5}"));
		assertEquals(Map.of(), Json.object(object.get("missing")));
		assertEquals(List.of(), Json.array(object.get("missing")));
		assertNull(Json.string(object.get("missing")));
		assertEquals("5", Json.string(object.get("n")));
		assertTrue(Json.object("not an object").isEmpty());
	}

}
