package dev.ddbkit.mapping.test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;

import org.springframework.util.function.SingletonSupplier;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB backends the mapping tests run on, each started once per JVM. */
public enum TestBackend {

	/** The ddbkit engine in process, the primary backend. */
	ENGINE(() -> DynamoEngine.create().client()),

	/** Amazon's DynamoDB Local 3.x, embedded. */
	DYNAMODB_LOCAL(() -> DynamoDBEmbedded.create().dynamoDbClient());

	private static final AtomicInteger tables = new AtomicInteger();

	private final Supplier<DynamoDbClient> client;

	TestBackend(Supplier<DynamoDbClient> client) {
		this.client = SingletonSupplier.of(client);
	}

	public DynamoDbClient client() {
		return this.client.get();
	}

	/** A mapping context for the entities on a fresh table, created on this backend. */
	public DynamoMappingContext createContext(Class<?>... entities) {
		return createContext(client(), entities);
	}

	/** A mapping context for the entities on a fresh table, created through a client. */
	public static DynamoMappingContext createContext(DynamoDbClient client, Class<?>... entities) {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("test-" + tables.incrementAndGet());
		context.setInitialEntitySet(Set.of(entities));
		context.initialize();
		context.createTableRequests().forEach(client::createTable);
		return context;
	}

	/** A template for the entities on a fresh table. */
	public DynamoTemplate createTemplate(Class<?>... entities) {
		return new DynamoTemplate(client(), createContext(entities));
	}

}
