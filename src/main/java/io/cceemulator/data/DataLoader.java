package io.cceemulator.data;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.StateStore;
import io.cceemulator.state.World;

/**
 * Loads the configured data (or the embedded default) into the store while the application starts, before the server
 * takes requests, as the baseline a reset returns to; converted once. A bad file stops the start with a message
 * naming the problem. Also the admin API's load and export, in the data file's format.
 */
@Component
public class DataLoader {

	static final String DEFAULT_LOCATION = "classpath:default-data.json";

	private static final Logger log = LoggerFactory.getLogger(DataLoader.class);

	private final StateStore store;

	private final Clock clock;

	private final JsonMapper json;

	DataLoader(StateStore store, Clock clock, JsonMapper json, EmulatorProperties properties) {
		this.store = store;
		this.clock = clock;
		this.json = json;
		String location = properties.data().location().isBlank() ? DEFAULT_LOCATION : properties.data().location();
		World world = DataConverter.convert(read(location), clock.instant(), null);
		store.replace(world, true);
		log.info("Loaded {} cluster(s) and {} node(s) from {}",
				world.projects().values().stream().mapToInt((p) -> p.clusters().size()).sum(),
				world.projects().values().stream().mapToInt((p) -> p.nodes().size()).sum(), location);
	}

	/** Replaces the state with {@code data} as if it were the data file, or changes nothing if it is invalid. */
	public void load(EmulatorData data) {
		this.store.replace(DataConverter.convert(data, this.clock.instant(), null), false);
	}

	/**
	 * Replaces the state with {@code data} (the admin API's load), or changes nothing if the data is invalid. Data
	 * without a credentials section keeps the baseline's credentials of the projects it has, so an export, which never
	 * holds secrets, can be loaded back; projects nothing grants get the fallback credentials. As the baseline, it is
	 * also what a reset returns to from then on.
	 */
	public void replace(EmulatorData data, boolean asBaseline) {
		World world = DataConverter.convert(data, this.clock.instant(), this.store.baseline().credentials());
		this.store.replace(world, asBaseline);
	}

	/** Back to the baseline: changes and jobs are forgotten. */
	public void reset() {
		this.store.reset();
	}

	/** The whole state in the data file's format, without secrets. */
	public EmulatorData export() {
		return DataExporter.export(this.store.world());
	}

	EmulatorData read(String location) {
		Resource resource = new DefaultResourceLoader().getResource(location.contains(":") ? location : "file:" + location);
		try (InputStream in = resource.getInputStream()) {
			return this.json.readValue(in, EmulatorData.class);
		}
		catch (IOException ex) {
			throw new InvalidDataException("cannot read data file " + location + ": " + ex.getMessage(), ex);
		}
		catch (JacksonException ex) {
			throw new InvalidDataException("data file " + location + " is not valid: " + ex.getOriginalMessage(), ex);
		}
	}

}
