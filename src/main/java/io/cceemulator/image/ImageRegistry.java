package io.cceemulator.image;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cceemulator.system.ChangeRecorder;

@Component
public class ImageRegistry {

	private final AtomicReference<Map<String, Image>> byId = new AtomicReference<>(Map.of());

	private final ChangeRecorder changes;

	ImageRegistry(ChangeRecorder changes) {
		this.changes = changes;
	}

	/** The image, if the project owns it; another project's image is not found. */
	public Optional<Image> find(String projectId, String imageId) {
		Image image = this.byId.get().get(imageId);
		return (image != null && image.projectId().equals(projectId)) ? Optional.of(image) : Optional.empty();
	}

	public Collection<Image> all() {
		return this.byId.get().values();
	}

	public void put(Image image) {
		this.byId.updateAndGet((m) -> {
			Map<String, Image> copy = new HashMap<>(m);
			copy.put(image.id(), image);
			return Map.copyOf(copy);
		});
		this.changes.record("image", image.id(), image);
	}

	public void remove(String imageId) {
		this.byId.updateAndGet((m) -> {
			Map<String, Image> copy = new HashMap<>(m);
			copy.remove(imageId);
			return Map.copyOf(copy);
		});
		this.changes.record("image", imageId, null);
	}

	public void replaceAll(Collection<Image> images) {
		this.byId.set(images.stream().collect(Collectors.toUnmodifiableMap(Image::id, Function.identity())));
	}

}
