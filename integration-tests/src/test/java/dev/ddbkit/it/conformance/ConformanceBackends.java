package dev.ddbkit.it.conformance;

import java.util.List;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoBackends;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The engine in process and DynamoDB Local embedded, the run's shared backends, each with
 * one table ({@code pk} S hash, {@code sk} S range, on demand) created once per suite.
 * Skips the suite when {@code -Dddbkit.it.backends} leaves either backend out; started
 * backends are stopped when the run ends.
 */
final class ConformanceBackends implements BeforeAllCallback {

	static final String ENGINE = "engine";

	static final String DYNAMODB_LOCAL = "dynamodb-local";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ConformanceBackends.class);

	private final String tablePrefix;

	private @Nullable Side engine;

	private @Nullable Side local;

	ConformanceBackends(String tablePrefix) {
		this.tablePrefix = tablePrefix;
	}

	/**
	 * One backend's client and table.
	 *
	 * @param client the SDK client of the backend
	 * @param table the suite's table on it
	 */
	record Side(DynamoDbClient client, String table) {
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		List<String> selected = DynamoBackends.selected().stream().map(DynamoBackend::name).toList();
		Assumptions.assumeTrue(selected.contains(ENGINE) && selected.contains(DYNAMODB_LOCAL),
				() -> "conformance needs the backends " + ENGINE + " and " + DYNAMODB_LOCAL + "; selected: "
						+ selected);
		this.engine = open(backend(ENGINE), context);
		this.local = open(backend(DYNAMODB_LOCAL), context);
	}

	Side engine() {
		Side side = this.engine;
		if (side == null) {
			throw new IllegalStateException("the engine is not started");
		}
		return side;
	}

	Side local() {
		Side side = this.local;
		if (side == null) {
			throw new IllegalStateException("DynamoDB Local is not started");
		}
		return side;
	}

	private Side open(DynamoBackend backend, ExtensionContext context) {
		String unavailable = backend.unavailableReason();
		Assumptions.assumeTrue(unavailable == null, () -> backend.name() + " cannot run here: " + unavailable);
		context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(backend.name(), (name) -> new Stopper(backend), Stopper.class);
		DynamoDbClient client = backend.client();
		String table = this.tablePrefix + "-" + Long.toHexString(System.nanoTime());
		CreateTableResponse created = client.createTable((create) -> create.tableName(table)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attribute("pk"), attribute("sk"))
			.keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE)));
		if (created.tableDescription().tableStatus() != TableStatus.ACTIVE) {
			client.waiter().waitUntilTableExists((describe) -> describe.tableName(table));
		}
		return new Side(client, table);
	}

	private static DynamoBackend backend(String name) {
		return DynamoBackends.all()
			.stream()
			.filter((backend) -> backend.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no backend named " + name));
	}

	private static AttributeDefinition attribute(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	/**
	 * Stops a backend when the run ends; stopping is idempotent, so other suites may
	 * share it.
	 */
	private record Stopper(DynamoBackend backend) implements AutoCloseable {

		@Override
		public void close() {
			this.backend.stop();
		}

	}

}
