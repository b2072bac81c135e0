package dev.ddbkit.autoconfigure;

import dev.ddbkit.autoconfigure.scan.Widget;
import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.autoconfigure.scan.WidgetRepository;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoRepositoriesAutoConfiguration}.
 */
class DynamoRepositoriesAutoConfigurationUnitTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoAutoConfiguration.class, DynamoRepositoriesAutoConfiguration.class))
		.withPropertyValues("ddb.mode=embedded")
		.withUserConfiguration(WidgetConfiguration.class);

	@Test
	void repositoriesOfTheAutoConfigurationPackagesWorkAgainstTheCreatedTable() {
		this.runner.run((context) -> {
			WidgetRepository widgets = context.getBean(WidgetRepository.class);
			widgets.save(new Widget("w1", "red"));
			widgets.save(new Widget("w2", "blue"));
			widgets.save(new Widget("w3", "red"));

			assertThat(widgets.findById("w2")).get().extracting(Widget::getColor).isEqualTo("blue");
			assertThat(widgets.findByColor("red")).extracting(Widget::getId).containsExactly("w1", "w3");
		});
	}

	@Test
	void repositoryTypeNoneTurnsRepositoriesOff() {
		this.runner.withPropertyValues("spring.data.dynamo.repositories.type=none")
			.run((context) -> assertThat(context).doesNotHaveBean(WidgetRepository.class));
	}

	@Test
	void backsOffWhenTheApplicationEnablesRepositoriesItself() {
		this.runner.withUserConfiguration(UserRepositoriesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(WidgetRepository.class);
			assertThat(context).doesNotHaveBean(DynamoRepositoriesAutoConfiguration.class);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = Widget.class)
	static class UserRepositoriesConfiguration {

	}

}
