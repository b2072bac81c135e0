package dev.ddbkit.mapping.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ddbkit.mapping.test.Counter;
import dev.ddbkit.mapping.test.TestBackend;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

class OptimisticLockingUnitTests {

	@Test
	void manyThreadsIncrementingUnderVersionChecksLoseNoUpdate() throws Exception {
		DynamoTemplate template = TestBackend.ENGINE.createTemplate(Counter.class);
		template.save(new Counter("hits", 0, null, null));
		AtomicInteger conflicts = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						while (true) {
							Counter current = template.findById(Counter.class, "hits", true).orElseThrow();
							try {
								template.save(current.incremented());
								break;
							}
							catch (OptimisticLockingFailureException ex) {
								conflicts.incrementAndGet();
							}
						}
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Counter result = template.findById(Counter.class, "hits", true).orElseThrow();
		assertThat(result.value()).isEqualTo(200);
		assertThat(result.version()).isEqualTo(201L);
		assertThat(conflicts.get()).as("threads did collide").isPositive();
	}

	@Test
	void storesTheTimeToLiveAsEpochSeconds() {
		DynamoTemplate template = TestBackend.ENGINE.createTemplate(Counter.class);
		Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
		template.save(new Counter("c", 1, expiry, null));
		Map<String, AttributeValue> item = template.getClient()
			.getItem((r) -> r.tableName(template.getMappingContext().getDefaultTableName())
				.key(Map.of("PK", AttributeValue.fromS("COUNTER#c"), "SK", AttributeValue.fromS("Counter"))))
			.item();
		assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(expiry.getEpochSecond()));
		assertThat(template.findById(Counter.class, "c").orElseThrow().expiresAt()).isEqualTo(expiry);
	}

}
