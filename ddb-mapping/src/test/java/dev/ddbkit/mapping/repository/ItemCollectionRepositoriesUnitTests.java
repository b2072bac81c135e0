package dev.ddbkit.mapping.repository;

import java.util.stream.Stream;

import dev.ddbkit.mapping.DynamoQueryMethodException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.collection.PurchaseRepository;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;
import dev.ddbkit.mapping.repository.mixed.ShelfRepository;
import dev.ddbkit.mapping.test.Purchase;
import dev.ddbkit.mapping.test.Shelf;
import dev.ddbkit.mapping.test.TestBackend;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Derived methods returning a sealed type read the whole item collection of a partition
 * and decode each item into its permitted subtype.
 */
class ItemCollectionRepositoriesUnitTests {

	@Test
	void derivedMethodsReturnTheItemCollectionDecodedIntoThePermittedSubtypes() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				PurchaseConfiguration.class)) {
			DynamoTemplate template = context.getBean(DynamoTemplate.class);
			Purchase.Header header = template.save(new Purchase.Header("p1", "Ana"));
			Purchase.Line first = template.save(new Purchase.Line("p1", "01", "book"));
			Purchase.Line second = template.save(new Purchase.Line("p1", "02", "pen"));
			template.save(new Purchase.Header("p2", "Bia"));
			template.save(new Purchase.Line("p2", "01", "lamp"));
			PurchaseRepository purchases = context.getBean(PurchaseRepository.class);
			assertThat(purchases.findByPurchaseId("p1")).containsExactly(header, first, second);
			try (Stream<Purchase> stream = purchases.streamByPurchaseId("p1")) {
				assertThat(stream).containsExactly(header, first, second);
			}
			assertThat(purchases.findTop2ByPurchaseId("p1")).containsExactly(header, first);
			assertThat(purchases.findHeaderByPurchaseId("p1")).containsExactly(header);
			assertThat(purchases.findByPurchaseId("p3")).isEmpty();
			assertThat(template.getMappingContext().getAccessPatterns().toMarkdown()).contains(
					"| `PurchaseRepository.findByPurchaseId(String)` | table: PK = PURCHASE#{purchaseId} (ascending); "
							+ "whole item collection as Purchase |");
		}
	}

	@Test
	void failsStartUpWhenTheSealedMembersDoNotShareThePartitionKey() {
		assertThatExceptionOfType(BeanCreationException.class)
			.isThrownBy(() -> new AnnotationConfigApplicationContext(ShelfConfiguration.class))
			.havingRootCause()
			.isInstanceOf(DynamoQueryMethodException.class)
			.withMessageContaining("findByShelfId(String): returns the item collection sealed type Shelf, whose "
					+ "permitted subclasses must be entities of one table sharing the partition key: Bracket has "
					+ "partition key BRACKET#{shelfId}, not SHELF#{shelfId}");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = PurchaseRepository.class)
	static class PurchaseConfiguration {

		@Bean
		DynamoTemplate dynamoTemplate() {
			return TestBackend.ENGINE.createTemplate(Purchase.Header.class, Purchase.Line.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = ShelfRepository.class)
	static class ShelfConfiguration {

		@Bean
		DynamoTemplate dynamoTemplate() {
			return TestBackend.ENGINE.createTemplate(Shelf.Board.class, Shelf.Bracket.class);
		}

	}

}
