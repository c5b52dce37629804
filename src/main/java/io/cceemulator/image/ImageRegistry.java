package io.cceemulator.image;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

@Component
public class ImageRegistry {

	private final AtomicReference<Map<String, Image>> byId = new AtomicReference<>(Map.of());

	/** The image, if the project owns it; another project's image is not found. */
	public Optional<Image> find(String projectId, String imageId) {
		Image image = this.byId.get().get(imageId);
		return (image != null && image.projectId().equals(projectId)) ? Optional.of(image) : Optional.empty();
	}

	public Collection<Image> all() {
		return this.byId.get().values();
	}

	public void replaceAll(Collection<Image> images) {
		this.byId.set(images.stream().collect(Collectors.toUnmodifiableMap(Image::id, Function.identity())));
	}

}
