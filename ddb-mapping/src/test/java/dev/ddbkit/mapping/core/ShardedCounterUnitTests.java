package dev.ddbkit.mapping.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import dev.ddbkit.mapping.DynamoThroughputExceededException;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.test.HitCounter;
import dev.ddbkit.mapping.test.HotCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;

import static org.assertj.core.api.Assertions.assertThat;

// A partition key serves at most 1,000 WCU per second (Developer Guide, "Burst and
// adaptive capacity"); an atomic counter written 1,600 times a second by many threads
// throttles on one key and does not when its slots are written over 10 shards.
class ShardedCounterUnitTests {

	private static final int THREADS = 8;

	private static final int INCREMENTS_PER_THREAD_PER_SECOND = 200;

	private static final int SLOTS = 40;

	private static final int SECONDS = 3;

	private final DynamoManualClock clock = new DynamoManualClock(Instant.parse("2026-03-01T00:00:00Z"));

	private final DynamoEngine engine = DynamoEngine.builder()
		.clock(this.clock)
		.settings(EngineSettings.defaults().withCapacityEnforcement(CapacityEnforcement.ENFORCE))
		.build();

	private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

	@AfterEach
	void close() {
		this.threads.shutdownNow();
		this.engine.close();
	}

	@Test
	void aCounterShardedOverTenKeysTakesTheLoadAndItsScatterSumCountsEveryIncrement() throws Exception {
		DynamoTemplate template = provisionedTemplate();
		// upserts: the first increment of a slot creates it
		int throttles = load((slot) -> template.update(HitCounter.class, Map.of("name", "home", "slot", slot),
				DynamoUpdate.create().upsert().add("hits", 1)));
		assertThat(throttles).isZero();
		List<HitCounter> read = template.query(DynamoQuery.builder(HitCounter.class).where("name", "home").build())
			.items();
		assertThat(read).hasSize(SLOTS);
		assertThat(read.stream().mapToLong(HitCounter::hits).sum())
			.isEqualTo((long) THREADS * INCREMENTS_PER_THREAD_PER_SECOND * SECONDS);
		assertThat(this.engine.capacityDiagnostics(tableName(template)).table().writeThrottleEvents()).isZero();
		Set<String> keys = new java.util.HashSet<>();
		template.getClient()
			.scan((r) -> r.tableName(tableName(template)))
			.items()
			.forEach((item) -> keys.add(item.get("PK").s()));
		assertThat(keys).as("the slots spread over the 10 shard keys").hasSize(10);
	}

	@Test
	void theSameLoadOnOneUnshardedKeyThrottles() throws Exception {
		DynamoTemplate template = provisionedTemplate();
		// upserts: the first increment of a slot creates it
		int throttles = load((slot) -> template.update(HotCounter.class, Map.of("name", "home", "slot", slot),
				DynamoUpdate.create().upsert().add("hits", 1)));
		assertThat(throttles).isPositive();
		long sum = template.query(DynamoQuery.builder(HotCounter.class).where("name", "home").build())
			.items()
			.stream()
			.mapToLong(HotCounter::hits)
			.sum();
		assertThat(sum).isEqualTo((long) THREADS * INCREMENTS_PER_THREAD_PER_SECOND * SECONDS - throttles);
		assertThat(this.engine.capacityDiagnostics(tableName(template)).table().writeThrottleEvents())
			.isEqualTo(throttles);
	}

	/**
	 * Runs the increments: each second every thread increments its share of the slots,
	 * then the clock moves one second.
	 * @return the number of throttled increments
	 */
	private int load(java.util.function.IntConsumer increment) throws Exception {
		AtomicInteger throttles = new AtomicInteger();
		for (int second = 0; second < SECONDS; second++) {
			List<Future<?>> running = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				int first = thread * INCREMENTS_PER_THREAD_PER_SECOND;
				running.add(this.threads.submit(() -> {
					for (int i = 0; i < INCREMENTS_PER_THREAD_PER_SECOND; i++) {
						try {
							increment.accept((first + i) % SLOTS);
						}
						catch (DynamoThroughputExceededException ex) {
							throttles.incrementAndGet();
						}
					}
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
			this.clock.advance(Duration.ofSeconds(1));
		}
		return throttles.get();
	}

	private DynamoTemplate provisionedTemplate() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("counters");
		context.setInitialEntitySet(Set.of(HitCounter.class, HotCounter.class));
		context.initialize();
		context.createTableRequests()
			.forEach((request) -> this.engine.client()
				.createTable(request.toBuilder()
					.billingMode(BillingMode.PROVISIONED)
					.provisionedThroughput(
							(throughput) -> throughput.readCapacityUnits(2_000L).writeCapacityUnits(5_000L))
					.build()));
		return new DynamoTemplate(this.engine.client(), context);
	}

	private static String tableName(DynamoTemplate template) {
		return template.getMappingContext().getRequiredEntitySchema(HitCounter.class).getTableName();
	}

}
