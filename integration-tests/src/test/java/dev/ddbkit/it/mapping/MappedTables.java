package dev.ddbkit.it.mapping;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.support.DynamoRepositoryFactory;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Mapping contexts and templates on a fresh table per test, created from the entities'
 * own metadata ({@link DynamoMappingContext#createTableRequests()}), as an application's
 * schema initializer creates them. Backends live for the whole run, so every table name
 * is new.
 */
public final class MappedTables {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private MappedTables() {
	}

	/** A template for the entities on a new table of the backend behind {@code ddb}. */
	public static DynamoTemplate template(DynamoDbClient ddb, Class<?>... entities) {
		return new DynamoTemplate(ddb, context(ddb, entities));
	}

	/**
	 * A repository of the given interface over a template for the entities on a new table
	 * of the backend behind {@code ddb}.
	 */
	public static <R> R repository(DynamoDbClient ddb, Class<R> repositoryInterface, Class<?>... entities) {
		return new DynamoRepositoryFactory(template(ddb, entities)).getRepository(repositoryInterface);
	}

	/**
	 * A mapping context for the entities whose table exists, and is ACTIVE, on the
	 * backend.
	 */
	public static DynamoMappingContext context(DynamoDbClient ddb, Class<?>... entities) {
		DynamoMappingContext context = unpublished(entities);
		context.createTableRequests().forEach((request) -> create(ddb, request));
		return context;
	}

	/**
	 * A mapping context for the entities under a new table name that does not exist yet,
	 * for tests that create the table their own way.
	 */
	public static DynamoMappingContext unpublished(Class<?>... entities) {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName(
				"map-" + COUNTER.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xffffff));
		context.setInitialEntitySet(Set.of(entities));
		context.initialize();
		return context;
	}

	/** Creates a table and waits until it is ACTIVE. */
	public static void create(DynamoDbClient ddb, CreateTableRequest request) {
		if (ddb.createTable(request).tableDescription().tableStatus() != TableStatus.ACTIVE) {
			ddb.waiter().waitUntilTableExists((describe) -> describe.tableName(request.tableName()));
		}
	}

}
