package dev.ddbkit.engine.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.ddbkit.engine.schema.BillingMode;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.schema.OnDemandThroughput;
import dev.ddbkit.engine.schema.Throughput;
import dev.ddbkit.engine.storage.IndexStatus;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.stream.TableStream;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A table as the SDK's {@link TableDescription}.
 * <p>
 * Source: DynamoDB API Reference, "TableDescription" (on-demand tables report zero
 * provisioned throughput).
 */
final class TableDescriptions {

	private TableDescriptions() {
	}

	static TableDescription describe(TableStore table, TableStatus status, @Nullable TableStream stream) {
		var definition = table.definition();
		List<AttributeDefinition> attributes = new ArrayList<>();
		for (Map.Entry<String, ValueType> entry : new TreeMap<>(definition.attributeDefinitions()).entrySet()) {
			attributes.add(AttributeDefinition.builder()
				.attributeName(entry.getKey())
				.attributeType(entry.getValue().descriptor())
				.build());
		}
		List<GlobalSecondaryIndexDescription> globals = new ArrayList<>();
		List<LocalSecondaryIndexDescription> locals = new ArrayList<>();
		for (IndexStore index : table.indexes()) {
			// the table definition is current after UpdateTable changed a GSI's
			// throughput
			IndexDefinition declared = definition.index(index.name());
			IndexDefinition indexDefinition = (declared != null) ? declared : index.definition();
			String arn = definition.arn() + "/index/" + index.name();
			if (indexDefinition.global()) {
				globals.add(GlobalSecondaryIndexDescription.builder()
					.indexName(index.name())
					.indexArn(arn)
					.keySchema(keySchema(indexDefinition.keySchema()))
					.projection(projection(indexDefinition))
					.indexStatus(index.status().name())
					.backfilling(index.status() == IndexStatus.CREATING ? true : null)
					.itemCount(index.entries().itemCount())
					.indexSizeBytes(index.entries().sizeBytes())
					.provisionedThroughput(throughput(indexDefinition.throughput()))
					.onDemandThroughput(maximum(definition.billingMode(), indexDefinition.onDemandThroughput()))
					.build());
			}
			else {
				locals.add(LocalSecondaryIndexDescription.builder()
					.indexName(index.name())
					.indexArn(arn)
					.keySchema(keySchema(indexDefinition.keySchema()))
					.projection(projection(indexDefinition))
					.itemCount(index.entries().itemCount())
					.indexSizeBytes(index.entries().sizeBytes())
					.build());
			}
		}
		TableDescription.Builder builder = TableDescription.builder()
			.tableName(definition.name())
			.tableArn(definition.arn())
			.tableId(UUID.nameUUIDFromBytes(definition.arn().getBytes(StandardCharsets.UTF_8)).toString())
			.tableStatus(status)
			.creationDateTime(definition.createdAt())
			.keySchema(keySchema(definition.keySchema()))
			.attributeDefinitions(attributes)
			.itemCount(table.items().itemCount())
			.tableSizeBytes(table.items().sizeBytes())
			.provisionedThroughput(throughput(definition.throughput()))
			.onDemandThroughput(maximum(definition.billingMode(), definition.onDemandThroughput()))
			.deletionProtectionEnabled(false);
		if (definition.billingMode() == BillingMode.PAY_PER_REQUEST) {
			builder.billingModeSummary(BillingModeSummary.builder()
				.billingMode(definition.billingMode().name())
				.lastUpdateToPayPerRequestDateTime(definition.createdAt())
				.build());
		}
		if (stream != null) {
			builder.latestStreamArn(stream.arn()).latestStreamLabel(stream.label());
			if (stream.enabled()) {
				builder.streamSpecification(StreamSpecification.builder()
					.streamEnabled(true)
					.streamViewType(stream.viewType().name())
					.build());
			}
		}
		if (!globals.isEmpty()) {
			builder.globalSecondaryIndexes(globals);
		}
		if (!locals.isEmpty()) {
			builder.localSecondaryIndexes(locals);
		}
		return builder.build();
	}

	static List<KeySchemaElement> keySchema(KeySchema key) {
		List<KeySchemaElement> elements = new ArrayList<>();
		elements.add(KeySchemaElement.builder().attributeName(key.partitionKey()).keyType(KeyType.HASH).build());
		if (key.hasSortKey()) {
			elements.add(KeySchemaElement.builder().attributeName(key.sortKey()).keyType(KeyType.RANGE).build());
		}
		return elements;
	}

	private static Projection projection(IndexDefinition index) {
		Projection.Builder builder = Projection.builder().projectionType(index.projection().type().name());
		if (!index.projection().nonKeyAttributes().isEmpty()) {
			builder.nonKeyAttributes(index.projection().nonKeyAttributes());
		}
		return builder.build();
	}

	/**
	 * The maximum on-demand throughput of an on-demand table or GSI, {@code -1} on a side
	 * without one; absent when none was ever set.
	 */
	private static software.amazon.awssdk.services.dynamodb.model.@Nullable OnDemandThroughput maximum(BillingMode mode,
			@Nullable OnDemandThroughput maximum) {
		if (mode != BillingMode.PAY_PER_REQUEST || maximum == null) {
			return null;
		}
		return software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput.builder()
			.maxReadRequestUnits(maximum.maxReadRequestUnits())
			.maxWriteRequestUnits(maximum.maxWriteRequestUnits())
			.build();
	}

	private static ProvisionedThroughputDescription throughput(@Nullable Throughput throughput) {
		return ProvisionedThroughputDescription.builder()
			.readCapacityUnits((throughput != null) ? throughput.readCapacityUnits() : 0L)
			.writeCapacityUnits((throughput != null) ? throughput.writeCapacityUnits() : 0L)
			.numberOfDecreasesToday(0L)
			.build();
	}

}
