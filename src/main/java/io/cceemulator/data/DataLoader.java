package io.cceemulator.data;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.auth.CredentialRegistry;
import io.cceemulator.cluster.ClusterRegistry;
import io.cceemulator.data.EmulatorData.ProjectData;
import io.cceemulator.image.ImageRegistry;
import io.cceemulator.job.JobEngine;
import io.cceemulator.node.NodePoolRegistry;
import io.cceemulator.node.NodeRegistry;
import io.cceemulator.system.ChangeRecorder;
import io.cceemulator.system.ProjectLocks;

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

	private final CredentialRegistry credentials;

	private final Clock clock;

	private final ChangeRecorder changes;

	private final ProjectLocks locks;

	private final JsonMapper json;

	private volatile EmulatorData baseline;

	private volatile Map<String, String> projectNames = Map.of();

	DataLoader(ClusterRegistry clusters, NodeRegistry nodes, NodePoolRegistry pools, ImageRegistry images,
			JobEngine jobs, Clock clock, JsonMapper json, EmulatorProperties properties, CredentialRegistry credentials, ChangeRecorder changes, ProjectLocks locks) {
		this.locks = locks;
		this.clusters = clusters;
		this.nodes = nodes;
		this.pools = pools;
		this.images = images;
		this.jobs = jobs;
		this.credentials = credentials;
		this.clock = clock;
		this.changes = changes;
		this.json = json;
		String location = properties.data().location().isBlank() ? DEFAULT_LOCATION : properties.data().location();
		this.baseline = read(location);
		load(this.baseline);
		log.info("Loaded {} cluster(s) and {} node(s) from {}", this.clusters.all().size(), this.nodes.all().size(),
				location);
	}

	/** Back to the data the emulator started with (or was last given as its baseline): changes and jobs are forgotten. */
	public void reset() {
		load(this.baseline);
	}

	/**
	 * Replaces the state with {@code data} (the admin API's load). Data without a credentials section keeps the
	 * baseline's credentials of the projects it has, so an export, which never holds secrets, can be loaded back. As the baseline, it is
	 * also what {@link #reset()} returns to from then on.
	 */
	public void replace(EmulatorData data, boolean asBaseline) {
		EmulatorData complete = (data.credentials() != null || this.baseline.credentials() == null) ? data
				: new EmulatorData(data.projects(), this.baseline.credentials()
					.restrictedTo(data.projects().stream().map(ProjectData::id).collect(Collectors.toSet())));
		load(complete);
		if (asBaseline) {
			this.baseline = complete;
		}
	}

	/** The whole state in the data file's format, without secrets. */
	public EmulatorData export() {
		EmulatorData exported = DataExporter.export(this.clusters.all(), List.copyOf(this.pools.all()),
				List.copyOf(this.nodes.all()), List.copyOf(this.images.all()));
		Map<String, ProjectData> byId = new LinkedHashMap<>();
		this.projectNames.forEach((id, name) -> byId.put(id, new ProjectData(id, name, List.of(), List.of())));
		for (ProjectData p : exported.projects()) {
			byId.put(p.id(), new ProjectData(p.id(), this.projectNames.get(p.id()), p.images(), p.clusters()));
		}
		return new EmulatorData(List.copyOf(byId.values()));
	}

	/** Replaces everything with the given data, or changes nothing if the data is invalid. */
	public void load(EmulatorData data) {
		Dataset dataset = DataConverter.convert(data, this.clock.instant());
		this.locks.exclusively(() -> apply(data, dataset));
	}

	private void apply(EmulatorData data, Dataset dataset) {
		Map<String, String> names = new LinkedHashMap<>();
		data.projects().forEach((p) -> names.put(p.id(), (p.name() != null) ? p.name() : p.id()));
		this.projectNames = names;
		this.jobs.clear();
		this.images.replaceAll(dataset.images());
		this.pools.replaceAll(dataset.pools());
		this.clusters.replaceAll(dataset.clusters());
		this.nodes.replaceAll(dataset.nodes());
		this.credentials.replaceAll(dataset.credentials());
		this.changes.snapshot();
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
