package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.operation.CreateTableOperation;
import dev.ddbkit.engine.operation.UpdateTableOperation;
import dev.ddbkit.engine.schema.BillingMode;
import dev.ddbkit.engine.schema.OnDemandThroughput;
import dev.ddbkit.engine.schema.Projection;
import dev.ddbkit.engine.schema.ProjectionType;
import dev.ddbkit.engine.schema.Throughput;
import dev.ddbkit.engine.stream.StreamViewType;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * SDK control-plane requests in engine terms.
 */
final class TableRequests {

	private TableRequests() {
	}

	static CreateTableOperation.Request createTable(CreateTableRequest request) {
		BillingMode mode = billingMode(request.billingModeAsString());
		List<CreateTableOperation.IndexRequest> globals = new ArrayList<>();
		for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
			globals.add(new CreateTableOperation.IndexRequest(index.indexName(), keySchema(index.keySchema()),
					projection(index.projection()), throughput(index.provisionedThroughput()),
					onDemandThroughput(index.onDemandThroughput())));
		}
		List<CreateTableOperation.IndexRequest> locals = new ArrayList<>();
		for (LocalSecondaryIndex index : request.localSecondaryIndexes()) {
			locals.add(new CreateTableOperation.IndexRequest(index.indexName(), keySchema(index.keySchema()),
					projection(index.projection()), null));
		}
		return new CreateTableOperation.Request(request.tableName(), keySchema(request.keySchema()),
				attributeDefinitions(request.attributeDefinitions()), globals, locals, mode,
				throughput(request.provisionedThroughput()),
				Requests.isTrue(
						(request.streamSpecification() != null) ? request.streamSpecification().streamEnabled() : null)
								? streamViewType(request.streamSpecification()) : null,
				onDemandThroughput(request.onDemandThroughput()));
	}

	static UpdateTableOperation.Request updateTable(UpdateTableRequest request) {
		List<CreateTableOperation.IndexRequest> creates = new ArrayList<>();
		List<String> deletes = new ArrayList<>();
		Map<String, Throughput> updates = new LinkedHashMap<>();
		Map<String, UpdateTableOperation.OnDemandChange> maximumUpdates = new LinkedHashMap<>();
		for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
			if (update.update() != null && update.update().provisionedThroughput() != null) {
				updates.put(update.update().indexName(), throughput(update.update().provisionedThroughput()));
			}
			if (update.update() != null && update.update().onDemandThroughput() != null) {
				maximumUpdates.put(update.update().indexName(), onDemandChange(update.update().onDemandThroughput()));
			}
			if (update.create() != null) {
				CreateGlobalSecondaryIndexAction create = update.create();
				creates.add(new CreateTableOperation.IndexRequest(create.indexName(), keySchema(create.keySchema()),
						projection(create.projection()), throughput(create.provisionedThroughput()),
						onDemandThroughput(create.onDemandThroughput())));
			}
			if (update.delete() != null) {
				deletes.add(update.delete().indexName());
			}
		}
		return new UpdateTableOperation.Request(request.tableName(),
				(request.billingModeAsString() != null) ? billingMode(request.billingModeAsString()) : null,
				throughput(request.provisionedThroughput()), attributeDefinitions(request.attributeDefinitions()),
				creates, deletes,
				(request.streamSpecification() != null) ? request.streamSpecification().streamEnabled() : null,
				(request.streamSpecification() != null
						&& request.streamSpecification().streamViewTypeAsString() != null)
								? streamViewType(request.streamSpecification()) : null,
				updates, (request.onDemandThroughput() != null) ? onDemandChange(request.onDemandThroughput()) : null,
				maximumUpdates);
	}

	/**
	 * A CreateTable {@code OnDemandThroughput}: a side not given has no maximum (API
	 * Reference, "OnDemandThroughput").
	 */
	static @Nullable OnDemandThroughput onDemandThroughput(
			software.amazon.awssdk.services.dynamodb.model.@Nullable OnDemandThroughput maximum) {
		if (maximum == null) {
			return null;
		}
		return new OnDemandThroughput(
				(maximum.maxReadRequestUnits() != null) ? maximum.maxReadRequestUnits() : OnDemandThroughput.NONE,
				(maximum.maxWriteRequestUnits() != null) ? maximum.maxWriteRequestUnits() : OnDemandThroughput.NONE);
	}

	/** An UpdateTable {@code OnDemandThroughput}: a side not given is kept. */
	static UpdateTableOperation.OnDemandChange onDemandChange(
			software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput maximum) {
		return new UpdateTableOperation.OnDemandChange(maximum.maxReadRequestUnits(), maximum.maxWriteRequestUnits());
	}

	static StreamViewType streamViewType(StreamSpecification specification) {
		String text = specification.streamViewTypeAsString();
		if (text == null) {
			throw EngineException.validation(
					"One or more parameter values were invalid: Must specify a StreamViewType when enabling a stream");
		}
		try {
			return StreamViewType.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw EngineException.validation(
					"1 validation error detected: Value '%s' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]",
					text);
		}
	}

	static BillingMode billingMode(@Nullable String text) {
		if (text == null) {
			return BillingMode.PROVISIONED;
		}
		try {
			return BillingMode.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw EngineException.validation(
					"1 validation error detected: Value '%s' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]",
					text);
		}
	}

	static List<CreateTableOperation.KeyElement> keySchema(List<KeySchemaElement> elements) {
		List<CreateTableOperation.KeyElement> keys = new ArrayList<>();
		for (KeySchemaElement element : elements) {
			keys.add(new CreateTableOperation.KeyElement(element.attributeName(),
					"RANGE".equals(element.keyTypeAsString())));
		}
		return keys;
	}

	static Map<String, ValueType> attributeDefinitions(List<AttributeDefinition> definitions) {
		Map<String, ValueType> types = new LinkedHashMap<>();
		for (AttributeDefinition definition : definitions) {
			ValueType type = ValueType.fromDescriptor(String.valueOf(definition.attributeTypeAsString()));
			if (type == null || !type.isScalarKeyType()) {
				throw EngineException.validation(
						"1 validation error detected: Value '%s' at 'attributeDefinitions.%d.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]",
						definition.attributeTypeAsString(), types.size() + 1);
			}
			types.put(definition.attributeName(), type);
		}
		return types;
	}

	static Projection projection(software.amazon.awssdk.services.dynamodb.model.@Nullable Projection projection) {
		if (projection == null || projection.projectionTypeAsString() == null) {
			return new Projection(ProjectionType.ALL, projection != null ? projection.nonKeyAttributes() : List.of());
		}
		ProjectionType type;
		try {
			type = ProjectionType.valueOf(projection.projectionTypeAsString());
		}
		catch (IllegalArgumentException ex) {
			throw EngineException.validation(
					"1 validation error detected: Value '%s' at 'projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]",
					projection.projectionTypeAsString());
		}
		return new Projection(type, projection.nonKeyAttributes());
	}

	static @Nullable Throughput throughput(@Nullable ProvisionedThroughput throughput) {
		if (throughput == null) {
			return null;
		}
		long read = (throughput.readCapacityUnits() != null) ? throughput.readCapacityUnits() : 0;
		long write = (throughput.writeCapacityUnits() != null) ? throughput.writeCapacityUnits() : 0;
		if (read < 1 || write < 1) {
			throw EngineException.validation(
					"One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified and greater than 0");
		}
		return new Throughput(read, write);
	}

}
