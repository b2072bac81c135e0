package dev.ddbkit.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Test slice for ddbkit's data layer: only the ddbkit auto-configurations (client,
 * mapping context with the entities of the application's packages, template, schema,
 * repositories) start, on a fresh embedded engine for each test class, whose clock is a
 * {@link DynamoTestClock} bean that tests move by hand. Regular {@code @Component} beans
 * are not scanned.
 * <p>
 * {@code ddb.mode} is {@code embedded} unless {@link #properties()} says otherwise; use
 * {@code @Import} for further configuration.
 *
 * <pre class="code">
 * &#64;DynamoTest(properties = "ddb.engine.gsi-propagation-delay=1s")
 * class OrderRepositoryTests {
 *     &#64;Autowired OrderRepository orders;
 *     &#64;Autowired DynamoTestClock clock;
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DynamoTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DynamoTypeExcludeFilter.class)
@AutoConfigureDynamo
@ImportAutoConfiguration
// Each test class gets its own context, and so its own empty engine.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface DynamoTest {

	/**
	 * Properties in {@code key=value} form added to the environment before the test runs.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Whether the default filtering of {@code @SpringBootApplication} component scanning
	 * applies; when {@code true} no component is included unless
	 * {@link #includeFilters()} names it.
	 * @return whether default filters apply
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Filters adding beans that component scanning would otherwise exclude.
	 * @return include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Filters excluding beans that component scanning would otherwise add.
	 * @return exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configurations to leave out of this slice.
	 * @return the excluded auto-configurations
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
