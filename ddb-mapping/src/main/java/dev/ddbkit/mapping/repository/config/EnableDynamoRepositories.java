package dev.ddbkit.mapping.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.ddbkit.mapping.repository.support.DynamoRepositoryFactoryBean;

import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

/**
 * Enables DynamoDB repositories: interfaces extending
 * {@link dev.ddbkit.mapping.repository.DynamoRepository} in the base packages (default:
 * the package of the annotated class) become beans whose query methods are planned at
 * start-up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(DynamoRepositoriesRegistrar.class)
public @interface EnableDynamoRepositories {

	/** Alias for {@link #basePackages()}. */
	String[] value() default {};

	/** Base packages to scan for repository interfaces. */
	String[] basePackages() default {};

	/**
	 * Type-safe alternative to {@link #basePackages()}: the packages of these classes are
	 * scanned.
	 */
	Class<?>[] basePackageClasses() default {};

	/** Types eligible for scanning. */
	Filter[] includeFilters() default {};

	/** Types not eligible for scanning. */
	Filter[] excludeFilters() default {};

	/** Postfix of custom repository implementations. */
	String repositoryImplementationPostfix() default "Impl";

	/** Location of named queries (unused: DynamoDB has no query language to name). */
	String namedQueriesLocation() default "";

	/** How query methods are looked up; only derived queries exist. */
	Key queryLookupStrategy() default Key.CREATE_IF_NOT_FOUND;

	/** The factory bean class of each repository. */
	Class<?> repositoryFactoryBeanClass() default DynamoRepositoryFactoryBean.class;

	/** The repository base class. */
	Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

	/**
	 * The name of the {@link dev.ddbkit.mapping.core.DynamoTemplate} bean the
	 * repositories use.
	 */
	String dynamoTemplateRef() default "dynamoTemplate";

	/** Whether nested repository interfaces are discovered. */
	boolean considerNestedRepositories() default false;

}
