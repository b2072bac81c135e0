package dev.ddbkit.mapping.repository.config;

import java.lang.annotation.Annotation;

import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/** Registers the repositories that {@link EnableDynamoRepositories} asks for. */
public class DynamoRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableDynamoRepositories.class;
	}

	@Override
	protected RepositoryConfigurationExtension getExtension() {
		return new DynamoRepositoryConfigurationExtension();
	}

}
