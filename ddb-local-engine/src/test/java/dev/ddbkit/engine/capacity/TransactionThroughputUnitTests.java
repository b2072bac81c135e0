package dev.ddbkit.engine.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB Developer Guide, "Amazon DynamoDB Transactions" (capacity management): a transaction's reads and writes
// are all-or-nothing, and a throttled action cancels the whole transaction (CancellationReason ThrottlingError), so
// its capacity is admitted over every table it touches at once; and a partition never serves more than its ceiling,
// however many clients race for it.
class TransactionThroughputUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";

	private final ManualClock clock = ManualClock.atNoon();

	private final ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, ThroughputSettings.defaults());

	@Test
	void aTransactionThrottledOnOneTableConsumesNothingOnTheOther() {
		this.limiter.register(TableThroughput.provisioned("Orders", ARN + "Orders", 100, 100));
		this.limiter.register(TableThroughput.provisioned("Stock", ARN + "Stock", 100, 1));
		ThroughputRequest order = ThroughputRequest.write("Orders").table(Value.s("ORDER#1"), 4).build();
		ThroughputRequest stock = ThroughputRequest.write("Stock").table(Value.s("SKU#1"), 4).build();
		List<ThroughputDecision> decisions = this.limiter.tryAcquireAll(List.of(order, stock));
		assertThat(decisions.get(0).granted()).isTrue();
		assertThat(decisions.get(1).throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED, ARN + "Stock"));
		assertThat(this.limiter.diagnostics("Orders").table().consumedWriteCapacityUnits()).isZero();
		assertThat(this.limiter.diagnostics("Stock").table().consumedWriteCapacityUnits()).isZero();
	}

	@Test
	void actionsOfOneTransactionOnOneTableAreSummedBeforeAdmission() {
		this.limiter.register(TableThroughput.provisioned("Orders", ARN + "Orders", 100, 3));
		ThroughputRequest first = ThroughputRequest.write("Orders").table(Value.s("A"), 4).build();
		ThroughputRequest second = ThroughputRequest.write("Orders").table(Value.s("B"), 4).build();
		// each fits in the 3 WCU of the second alone, not both together
		List<ThroughputDecision> decisions = this.limiter.tryAcquireAll(List.of(first, second));
		assertThat(decisions).allMatch(ThroughputDecision::throttled);
		assertThat(this.limiter.tryAcquire(first).granted()).isTrue();
	}

	@Test
	void racingClientsNeverGetMoreThanThePartitionCeiling() throws Exception {
		this.limiter.register(TableThroughput.provisioned("Hot", ARN + "Hot", 100, 100_000));
		AtomicInteger granted = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				futures.add(executor.submit(() -> {
					for (int i = 0; i < 500; i++) {
						ThroughputRequest write = ThroughputRequest.write("Hot").table(Value.s("k"), 2).build();
						if (this.limiter.tryAcquire(write).granted()) {
							granted.incrementAndGet();
						}
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(granted.get()).isEqualTo(1_000);
	}

}
