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
import io.cceemulator.cluster.ClusterRegistry;
import io.cceemulator.image.ImageRegistry;
import io.cceemulator.job.JobEngine;
import io.cceemulator.node.NodePoolRegistry;
import io.cceemulator.node.NodeRegistry;

/**
 * Loads the configured data (or the embedded default) into the registries while the application starts, before the
 * server takes requests, and again on {@link #reset()}. A bad file stops the start with a message naming the problem.
 */
@Component
public class DataLoader {

	static final String DEFAULT_LOCATION = "classpath:default-data.json";

	private static final Logger log = LoggerFactory.getLogger(DataLoader.class);

	private final ClusterRegistry clusters;

	private final NodeRegistry nodes;

	private final NodePoolRegistry pools;

	private final ImageRegistry images;

	private final JobEngine jobs;

	private final Clock clock;

	private final JsonMapper json;

	private final EmulatorData initial;

	DataLoader(ClusterRegistry clusters, NodeRegistry nodes, NodePoolRegistry pools, ImageRegistry images,
			JobEngine jobs, Clock clock, JsonMapper json, EmulatorProperties properties) {
		this.clusters = clusters;
		this.nodes = nodes;
		this.pools = pools;
		this.images = images;
		this.jobs = jobs;
		this.clock = clock;
		this.json = json;
		String location = properties.data().location().isBlank() ? DEFAULT_LOCATION : properties.data().location();
		this.initial = read(location);
		load(this.initial);
		log.info("Loaded {} cluster(s) and {} node(s) from {}", this.clusters.all().size(), this.nodes.all().size(),
				location);
	}

	/** Back to the data the emulator started with: every change and job is forgotten. */
	public void reset() {
		load(this.initial);
	}

	/** Replaces everything with the given data, or changes nothing if the data is invalid. */
	public void load(EmulatorData data) {
		Dataset dataset = DataConverter.convert(data, this.clock.instant());
		this.jobs.clear();
		this.images.replaceAll(dataset.images());
		this.pools.replaceAll(dataset.pools());
		this.clusters.replaceAll(dataset.clusters());
		this.nodes.replaceAll(dataset.nodes());
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
