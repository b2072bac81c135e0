package dev.ddbkit.autoconfigure;

import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.repository.support.DynamoRepositoryFactoryBean;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.ConditionalOnRepositoryType;
import org.springframework.boot.autoconfigure.data.RepositoryType;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for ddbkit's Spring Data repositories: interfaces extending
 * {@link DynamoRepository} in the auto-configuration packages become beans backed by the
 * {@code dynamoTemplate}, as if {@code @EnableDynamoRepositories} were declared. Backs
 * off when the application declares it itself, or when
 * {@code spring.data.dynamo.repositories.type=none}.
 */
@AutoConfiguration(after = DynamoAutoConfiguration.class)
@ConditionalOnClass(DynamoRepository.class)
@ConditionalOnRepositoryType(store = "dynamo", type = RepositoryType.IMPERATIVE)
@ConditionalOnMissingBean(DynamoRepositoryFactoryBean.class)
@Import(DynamoRepositoriesRegistrar.class)
public final class DynamoRepositoriesAutoConfiguration {

}
