package dev.ddbkit.sample.ecommerce.sales;

import java.util.List;

import dev.ddbkit.autoconfigure.DynamoProperties;
import dev.ddbkit.autoconfigure.DynamoSchemaInitializer;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces the starter's {@link DynamoSchemaInitializer} (it backs off when the
 * application defines one) with one whose {@code CreateTable} requests declare the
 * {@code NEW_AND_OLD_IMAGES} stream the {@link SalesStreamListener} reads: neither the
 * mapping nor the starter has a setting for a stream specification. A table that exists
 * already keeps its settings; the listener enables its stream with {@code UpdateTable}.
 * {@link TableCustomizer} beans may change the requests further (e.g. provisioned
 * throughput).
 */
@Configuration(proxyBeanMethods = false)
public class SalesTableConfiguration {

	static final StreamSpecification STREAM = StreamSpecification.builder()
		.streamEnabled(true)
		.streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
		.build();

	@Bean
	DynamoSchemaInitializer dynamoSchemaInitializer(DynamoDbClient client, DynamoMappingContext mappingContext,
			DynamoProperties properties, ObjectProvider<TableCustomizer> customizers) {
		List<CreateTableRequest> tables = mappingContext.createTableRequests().stream().map((table) -> {
			CreateTableRequest request = table.toBuilder().streamSpecification(STREAM).build();
			for (TableCustomizer customizer : customizers.orderedStream().toList()) {
				request = customizer.customize(request);
			}
			return request;
		}).toList();
		return new DynamoSchemaInitializer(client, tables, properties.getSchemaAction());
	}

	/** Changes the {@code CreateTable} request of every table the sample creates. */
	@FunctionalInterface
	public interface TableCustomizer {

		/**
		 * Changes one table's request.
		 * @param table the request, with its keys, indexes and stream set
		 * @return the request to send
		 */
		CreateTableRequest customize(CreateTableRequest table);

	}

}
