package dev.ddbkit.autoconfigure;

import java.lang.annotation.Annotation;

import dev.ddbkit.mapping.repository.config.DynamoRepositoryConfigurationExtension;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;

import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the repositories of the auto-configuration packages as
 * {@link EnableDynamoRepositories @EnableDynamoRepositories} would.
 */
class DynamoRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableDynamoRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableDynamoRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new DynamoRepositoryConfigurationExtension();
	}

	@EnableDynamoRepositories
	private static final class EnableDynamoRepositoriesConfiguration {

	}

}
