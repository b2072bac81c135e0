package dev.ddbkit.sample.ecommerce.cart;

import dev.ddbkit.autoconfigure.DynamoSchemaInitializer;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns on the table's time to live on the carts' {@code @TimeToLive} attribute at
 * start-up when it is off; DynamoDB then deletes expired carts and lines by itself,
 * within days, without consuming write capacity. A table allows one TTL attribute.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html">Using time
 * to live (TTL) in DynamoDB</a>
 */
@Component
class CartTimeToLive implements InitializingBean {

	private static final Log logger = LogFactory.getLog(CartTimeToLive.class);

	private final DynamoDbClient client;

	private final EntitySchema<Cart> schema;

	// The schema initializer is asked for so that the table exists first.
	CartTimeToLive(DynamoDbClient client, DynamoTemplate template, ObjectProvider<DynamoSchemaInitializer> tables) {
		tables.getIfAvailable();
		this.client = client;
		this.schema = template.getTableSchema(Cart.class).getSchema();
	}

	@Override
	public void afterPropertiesSet() {
		DynamoPersistentProperty property = this.schema.getTimeToLiveProperty();
		if (property == null) {
			return;
		}
		String table = this.schema.getTableName();
		TimeToLiveDescription current = this.client.describeTimeToLive((request) -> request.tableName(table))
			.timeToLiveDescription();
		if (current != null && current.timeToLiveStatus() == TimeToLiveStatus.ENABLED) {
			return;
		}
		logger
			.info("Enabling time to live on attribute '" + property.getAttributeName() + "' of table '" + table + "'");
		this.client.updateTimeToLive((request) -> request.tableName(table)
			.timeToLiveSpecification((ttl) -> ttl.enabled(true).attributeName(property.getAttributeName())));
	}

}
