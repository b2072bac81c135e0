package dev.ddbkit.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import org.springframework.beans.factory.InitializingBean;

/**
 * Creates, at start-up, every table the entities declare that does not exist yet, and
 * adds the global secondary indexes missing from existing tables, then waits until they
 * are {@code ACTIVE}. Existing tables, key schemas and indexes are never changed or
 * deleted.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.OnlineOps.html">Managing
 * global secondary indexes</a>
 */
public final class DynamoSchemaInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(DynamoSchemaInitializer.class);

	// CreateTable on AWS takes seconds and a GSI backfill minutes: poll every second.
	private static final Duration POLL_DELAY = Duration.ofSeconds(1);

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final DynamoDbClient client;

	private final List<CreateTableRequest> tables;

	private final DynamoProperties.SchemaAction action;

	/**
	 * Create an initializer.
	 * @param client the client to create tables with
	 * @param tables the tables the entities declare, one request per table
	 * @param action what to do with them; {@code NONE} makes this initializer a no-op
	 */
	public DynamoSchemaInitializer(DynamoDbClient client, List<CreateTableRequest> tables,
			DynamoProperties.SchemaAction action) {
		this.client = client;
		this.tables = List.copyOf(tables);
		this.action = action;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.action == DynamoProperties.SchemaAction.NONE) {
			return;
		}
		for (CreateTableRequest table : this.tables) {
			initialize(table);
		}
	}

	private void initialize(CreateTableRequest table) {
		TableDescription existing = describe(table.tableName());
		if (existing == null) {
			logger.info("Creating DynamoDB table '" + table.tableName() + "' with indexes " + indexNames(table));
			this.client.createTable(table);
		}
		else {
			// DynamoDB accepts one new GSI per UpdateTable call.
			for (GlobalSecondaryIndex index : missingIndexes(table, existing)) {
				logger.info("Adding global secondary index '" + index.indexName() + "' to DynamoDB table '"
						+ table.tableName() + "'");
				this.client.updateTable((update) -> update.tableName(table.tableName())
					.attributeDefinitions(table.attributeDefinitions())
					.globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
						.create(CreateGlobalSecondaryIndexAction.builder()
							.indexName(index.indexName())
							.keySchema(index.keySchema())
							.projection(index.projection())
							.provisionedThroughput(index.provisionedThroughput())
							.build())
						.build()));
				awaitActive(table.tableName());
			}
		}
		awaitActive(table.tableName());
	}

	private @Nullable TableDescription describe(String tableName) {
		try {
			return this.client.describeTable((request) -> request.tableName(tableName)).table();
		}
		catch (ResourceNotFoundException ex) {
			return null;
		}
	}

	private static List<GlobalSecondaryIndex> missingIndexes(CreateTableRequest table, TableDescription existing) {
		Set<String> present = existing.globalSecondaryIndexes()
			.stream()
			.map(GlobalSecondaryIndexDescription::indexName)
			.collect(Collectors.toSet());
		List<GlobalSecondaryIndex> missing = new ArrayList<>();
		for (GlobalSecondaryIndex index : table.globalSecondaryIndexes()) {
			if (!present.contains(index.indexName())) {
				missing.add(index);
			}
		}
		return missing;
	}

	private void awaitActive(String tableName) {
		Waiter<DescribeTableResponse> waiter = Waiter.builder(DescribeTableResponse.class)
			.addAcceptor(WaiterAcceptor.successOnResponseAcceptor(DynamoSchemaInitializer::isActive))
			.addAcceptor(WaiterAcceptor.retryOnResponseAcceptor((response) -> true))
			.addAcceptor(WaiterAcceptor.retryOnExceptionAcceptor(ResourceNotFoundException.class::isInstance))
			.overrideConfiguration((configuration) -> configuration
				.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(POLL_DELAY))
				.maxAttempts(Integer.MAX_VALUE)
				.waitTimeout(TIMEOUT))
			.build();
		waiter.run(() -> this.client.describeTable((request) -> request.tableName(tableName)));
	}

	// A backend that reports no status (in-process engines may not) has nothing to wait
	// for.
	private static boolean isActive(DescribeTableResponse response) {
		TableDescription table = response.table();
		return (table.tableStatus() == null || table.tableStatus() == TableStatus.ACTIVE)
				&& table.globalSecondaryIndexes()
					.stream()
					.allMatch((index) -> index.indexStatus() == null || index.indexStatus() == IndexStatus.ACTIVE);
	}

	private static List<String> indexNames(CreateTableRequest table) {
		return table.globalSecondaryIndexes().stream().map(GlobalSecondaryIndex::indexName).toList();
	}

}
