package org.springframework.boot.testcontainers.service.connection;

import java.util.function.Supplier;

import org.testcontainers.containers.Container;

import org.springframework.boot.origin.Origin;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Builds {@link ContainerConnectionSource}s without a Spring test context, as Spring
 * Boot's own connection-details factory tests do (the constructor is package-private).
 */
public final class DynamoTestContainerConnectionSources {

	private DynamoTestContainerConnectionSources() {
	}

	/**
	 * A source for a {@code @ServiceConnection} container field without attributes.
	 * @param <C> the container type
	 * @param containerType the declared type of the field
	 * @param imageName the container's image name
	 * @param container supplies the container
	 * @return the source
	 */
	public static <C extends Container<?>> ContainerConnectionSource<C> of(Class<C> containerType, String imageName,
			Supplier<C> container) {
		return new ContainerConnectionSource<>("test", Origin.from(containerType), containerType, imageName,
				MergedAnnotation.of(ServiceConnection.class), container, null,
				MergedAnnotations.of(java.util.List.of()));
	}

}
