package dev.ddbkit.bench;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.support.DynamoRepositoryFactory;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Put and get of one customer three ways on the same backend (the engine by default): the
 * raw Enhanced Client with a {@code @DynamoDbBean} ({@link BenchCustomerBean}),
 * {@link DynamoTemplate} with a mapped record ({@link BenchCustomer}), and a repository
 * ({@code save} and the derived {@code findByCustomerId}, which is a Query, not a
 * GetItem).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MappingBenchmarks {

	/**
	 * Two tables of {@code customers} customers: one for the bean, one for the entity.
	 */
	@State(Scope.Benchmark)
	public static class MappedTables {

		/** The backend, by its name in {@link BenchBackends#NAMES}. */
		@Param(BenchBackends.ENGINE)
		public String backend = BenchBackends.ENGINE;

		/** Customers preloaded in each table; puts cycle through the same keys. */
		@Param("10000")
		public int customers = 10_000;

		long puts;

		@Nullable BenchBackend launched;

		@Nullable DynamoDbTable<BenchCustomerBean> beans;

		@Nullable DynamoTemplate template;

		@Nullable BenchCustomerRepository repository;

		@Setup(Level.Trial)
		public void start() {
			BenchBackend started = BenchBackend.start(this.backend);
			this.launched = started;
			DynamoDbClient client = started.client();
			DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
			DynamoDbTable<BenchCustomerBean> beanTable = enhanced.table("beans",
					TableSchema.fromBean(BenchCustomerBean.class));
			beanTable.createTable();
			DynamoMappingContext context = new DynamoMappingContext();
			context.setDefaultTableName("mapped");
			context.setInitialEntitySet(Set.of(BenchCustomer.class));
			context.initialize();
			context.createTableRequests().forEach(client::createTable);
			DynamoTemplate dynamoTemplate = new DynamoTemplate(client, context);
			for (long i = 0; i < this.customers; i++) {
				beanTable.putItem(BenchCustomerBean.of(i));
				dynamoTemplate.save(BenchCustomer.of(i));
			}
			this.beans = beanTable;
			this.template = dynamoTemplate;
			this.repository = new DynamoRepositoryFactory(dynamoTemplate).getRepository(BenchCustomerRepository.class);
		}

		@TearDown(Level.Trial)
		public void stop() {
			BenchBackend started = this.launched;
			if (started != null) {
				this.launched = null;
				started.close();
			}
		}

		long nextPut() {
			return this.puts++ % this.customers;
		}

		long randomCustomer() {
			return ThreadLocalRandom.current().nextInt(this.customers);
		}

		DynamoDbTable<BenchCustomerBean> beans() {
			return required(this.beans);
		}

		DynamoTemplate template() {
			return required(this.template);
		}

		BenchCustomerRepository repository() {
			return required(this.repository);
		}

		private <T> T required(@Nullable T value) {
			if (value == null) {
				throw new IllegalStateException("Backend " + this.backend + " is not started");
			}
			return value;
		}

	}

	@Benchmark
	public BenchCustomerBean enhancedClientPut(MappedTables tables) {
		BenchCustomerBean bean = BenchCustomerBean.of(tables.nextPut());
		tables.beans().putItem(bean);
		return bean;
	}

	@Benchmark
	public @Nullable BenchCustomerBean enhancedClientGet(MappedTables tables) {
		return tables.beans()
			.getItem(Key.builder().partitionValue("CUSTOMER#c" + tables.randomCustomer()).sortValue("PROFILE").build());
	}

	@Benchmark
	public BenchCustomer templatePut(MappedTables tables) {
		return tables.template().save(BenchCustomer.of(tables.nextPut()));
	}

	@Benchmark
	public Optional<BenchCustomer> templateGet(MappedTables tables) {
		return tables.template().findById(BenchCustomer.class, "c" + tables.randomCustomer());
	}

	@Benchmark
	public BenchCustomer repositoryPut(MappedTables tables) {
		return tables.repository().save(BenchCustomer.of(tables.nextPut()));
	}

	@Benchmark
	public Optional<BenchCustomer> repositoryGet(MappedTables tables) {
		return tables.repository().findByCustomerId("c" + tables.randomCustomer());
	}

}
