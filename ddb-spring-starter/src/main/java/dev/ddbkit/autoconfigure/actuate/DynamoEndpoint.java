package dev.ddbkit.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.schema.DynamoAccessPatterns;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code ddb} actuator endpoint: per table its status, item count and size (as
 * DescribeTable reports them, which DynamoDB refreshes about every six hours), the
 * capacity consumed, throttles and hot partition keys (when metrics are recorded), the
 * access-pattern report of the entities and repository methods, and the embedded engine's
 * partition heat (only when the engine serves the application).
 */
@Endpoint(id = "ddb")
public class DynamoEndpoint {

	private final DynamoDbClient client;

	private final DynamoMappingContext mappingContext;

	private final DynamoTableUsage.@Nullable Source usage;

	private final @Nullable DynamoEngine engine;

	/**
	 * Create the endpoint without partition heat.
	 * @param client the client to describe tables with
	 * @param mappingContext the entities, their tables and access patterns
	 * @param usage where consumed capacity, throttles and hot keys come from;
	 * {@code null} when metrics are not recorded
	 */
	public DynamoEndpoint(DynamoDbClient client, DynamoMappingContext mappingContext,
			DynamoTableUsage.@Nullable Source usage) {
		this(client, mappingContext, usage, null);
	}

	/**
	 * Create the endpoint.
	 * @param client the client to describe tables with
	 * @param mappingContext the entities, their tables and access patterns
	 * @param usage where consumed capacity, throttles and hot keys come from;
	 * {@code null} when metrics are not recorded
	 * @param engine the embedded engine whose partition heat to report; {@code null} when
	 * DynamoDB is remote
	 */
	public DynamoEndpoint(DynamoDbClient client, DynamoMappingContext mappingContext,
			DynamoTableUsage.@Nullable Source usage, @Nullable DynamoEngine engine) {
		this.client = client;
		this.mappingContext = mappingContext;
		this.usage = usage;
		this.engine = engine;
	}

	/**
	 * The report.
	 * @return tables and access patterns
	 */
	@ReadOperation
	public DynamoDescriptor ddb() {
		Map<String, TableDescriptor> tables = new LinkedHashMap<>();
		for (CreateTableRequest request : this.mappingContext.createTableRequests()) {
			String table = request.tableName();
			tables.put(table, describe(table));
		}
		DynamoAccessPatterns patterns = this.mappingContext.getAccessPatterns();
		Map<String, DynamoPartitionHeat> heat = (this.engine != null)
				? DynamoPartitionHeat.of(this.engine.capacityDiagnostics()) : null;
		return new DynamoDescriptor(tables, patterns.getMethods(), patterns.toText(), heat);
	}

	private TableDescriptor describe(String table) {
		DynamoTableUsage tableUsage = (this.usage != null) ? this.usage.usage(table) : null;
		try {
			TableDescription description = this.client.describeTable((request) -> request.tableName(table)).table();
			return new TableDescriptor(
					(description.tableStatus() != null) ? description.tableStatusAsString() : "ACTIVE",
					description.itemCount(), description.tableSizeBytes(), tableUsage);
		}
		catch (ResourceNotFoundException ex) {
			return new TableDescriptor("MISSING", null, null, tableUsage);
		}
	}

	/**
	 * The endpoint's answer.
	 *
	 * @param tables the tables the entities declare, by name
	 * @param methods the repository methods with the plan each was compiled to
	 * @param accessPatterns the access-pattern report as text
	 * @param partitionHeat the embedded engine's partition heat by table, {@code null}
	 * (absent from the JSON) when DynamoDB is not the embedded engine
	 */
	public record DynamoDescriptor(Map<String, TableDescriptor> tables,
			List<DynamoAccessPatterns.MethodPattern> methods, String accessPatterns,
			@Nullable Map<String, DynamoPartitionHeat> partitionHeat) {

	}

	/**
	 * One table.
	 *
	 * @param status the table status, {@code MISSING} when it does not exist
	 * @param itemCount the approximate item count
	 * @param sizeBytes the approximate size in bytes
	 * @param usage consumed capacity, throttles and hot keys, {@code null} without
	 * metrics
	 */
	public record TableDescriptor(String status, @Nullable Long itemCount, @Nullable Long sizeBytes,
			@Nullable DynamoTableUsage usage) {

	}

}
