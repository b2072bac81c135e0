package dev.ddbkit.mapping.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.repository.support.DynamoRepositoryFactoryBean;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.util.StringUtils;

/**
 * The Spring Data configuration extension of ddbkit: module prefix {@code dynamo},
 * repositories of {@link DynamoEntity} types or extending {@link DynamoRepository}, wired
 * to the {@code dynamoTemplateRef} bean.
 */
public class DynamoRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	@Override
	public String getModuleName() {
		return "DynamoDB";
	}

	@Override
	protected String getModulePrefix() {
		return "dynamo";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return DynamoRepositoryFactoryBean.class.getName();
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
		String templateRef = config.getAttributes().getString("dynamoTemplateRef");
		builder.addPropertyReference("dynamoTemplate",
				StringUtils.hasText(templateRef) ? templateRef : "dynamoTemplate");
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(DynamoEntity.class);
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(DynamoRepository.class);
	}

}
