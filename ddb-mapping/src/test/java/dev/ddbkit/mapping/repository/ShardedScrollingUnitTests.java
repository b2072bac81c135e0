package dev.ddbkit.mapping.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ddbkit.mapping.DynamoQueryMethodException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;
import dev.ddbkit.mapping.repository.tied.AlertRepository;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.mapping.test.Alert;
import dev.ddbkit.mapping.test.TestBackend;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A Window position is one entity's keys: on a sharded index whose sort key can tie
 * across shards it cannot continue exactly, so such scrolling fails at start-up; the
 * template's cursor, which keeps every shard's LastEvaluatedKey, pages the ties exactly.
 */
class ShardedScrollingUnitTests {

	private static final Instant AT = Instant.parse("2024-05-01T00:00:00Z");

	@Test
	void failsStartUpScrollingAShardedIndexWhoseSortKeyCanTie() {
		assertThatExceptionOfType(BeanCreationException.class)
			.isThrownBy(() -> new AnnotationConfigApplicationContext(AlertConfiguration.class))
			.havingRootCause()
			.isInstanceOf(DynamoQueryMethodException.class)
			.withMessageContaining("findByLevelOrderByRaisedAtAsc(String, ScrollPosition, Limit): a Window cannot "
					+ "scroll the index GSI1 written over 4 shards: its sort key does not end in a table key "
					+ "variable [alertId] (index GSI1: GSI1PK=LEVEL#{level} (sharded x4), GSI1SK={raisedAt}), so "
					+ "entities of different shards can share a sort key")
			.withMessageNotContaining("findByLevel(String):");
	}

	@Test
	void theTemplateCursorPagesItemsOfDifferentShardsWithTheSameSortKeyExactly() {
		DynamoTemplate template = TestBackend.ENGINE.createTemplate(Alert.class);
		EntitySchema<Alert> schema = template.getMappingContext().getRequiredEntitySchema(Alert.class);
		List<Alert> alerts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			alerts.add(template.save(new Alert("a" + i, "high", AT)));
		}
		Set<String> shards = alerts.stream()
			.map((alert) -> schema.renderKeyAttributes(alert).get("GSI1PK"))
			.collect(Collectors.toSet());
		assertThat(shards).as("alerts with the same sort key in several shards").hasSizeGreaterThan(1);
		List<Alert> paged = new ArrayList<>();
		String cursor = null;
		do {
			DynamoPage<Alert> page = template.query(DynamoQuery.builder(Alert.class)
				.index("GSI1")
				.where("level", "high")
				.limit(1)
				.cursor(cursor)
				.build());
			paged.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(paged).containsExactlyInAnyOrderElementsOf(alerts);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = AlertRepository.class)
	static class AlertConfiguration {

		@Bean
		DynamoTemplate dynamoTemplate() {
			return TestBackend.ENGINE.createTemplate(Alert.class);
		}

	}

}
