package dev.ddbkit.mapping.repository.support;

import dev.ddbkit.mapping.core.DynamoOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean of one DynamoDB repository; {@code @EnableDynamoRepositories} sets its
 * {@code dynamoTemplate} property from {@code dynamoTemplateRef}.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the identifier type
 */
public class DynamoRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable DynamoOperations dynamoTemplate;

	/**
	 * Creates the factory bean.
	 * @param repositoryInterface the repository interface
	 */
	public DynamoRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/**
	 * Sets the template the repository uses.
	 * @param dynamoTemplate the template
	 */
	public void setDynamoTemplate(DynamoOperations dynamoTemplate) {
		this.dynamoTemplate = dynamoTemplate;
		setMappingContext(dynamoTemplate.getMappingContext());
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		Assert.state(this.dynamoTemplate != null, "dynamoTemplate is required");
		return new DynamoRepositoryFactory(this.dynamoTemplate);
	}

	@Override
	public void afterPropertiesSet() {
		Assert.state(this.dynamoTemplate != null, "dynamoTemplate is required");
		super.afterPropertiesSet();
	}

}
