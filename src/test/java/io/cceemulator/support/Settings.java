package io.cceemulator.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.cceemulator.EmulatorProperties;

/** The emulator's settings as Spring Boot binds them, for tests without Spring: defaults plus the given entries. */
public final class Settings {

	private Settings() {
	}

	/** @param entries {@code "emulator.auth.mode", "lenient", ...} */
	public static EmulatorProperties of(String... entries) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			map.put(entries[i], entries[i + 1]);
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("emulator", EmulatorProperties.class);
	}

}
