package dev.ddbkit.mapping.observability;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Finds the table partition keys a request touches, from its {@code Key}, {@code Item} or
 * the equality on the partition key in a table Query's key condition; no DescribeTable
 * call: the key names come from a resolver, and a {@code Key} of one attribute is its own
 * partition key. Queries of an index are skipped: their partition key is another
 * attribute.
 */
final class PartitionKeys {

	// "#pk = :v", "PK = :v" or ":v = #pk": the only form a key condition gives a
	// partition key.
	private static final Pattern EQUALITY = Pattern
		.compile("(#?[A-Za-z0-9_.\\-]+)\\s*=\\s*(:[A-Za-z0-9_]+)|(:[A-Za-z0-9_]+)\\s*=\\s*(#?[A-Za-z0-9_.\\-]+)");

	private final Function<String, @Nullable DynamoKeyNames> keyNames;

	PartitionKeys(Function<String, @Nullable DynamoKeyNames> keyNames) {
		this.keyNames = keyNames;
	}

	/** Gives {@code sink} each (table, partition key value) the request touches. */
	void extract(DynamoDbRequest request, BiConsumer<String, String> sink) {
		if (request instanceof GetItemRequest get) {
			key(get.tableName(), get.key(), sink);
		}
		else if (request instanceof PutItemRequest put) {
			item(put.tableName(), put.item(), sink);
		}
		else if (request instanceof UpdateItemRequest update) {
			key(update.tableName(), update.key(), sink);
		}
		else if (request instanceof DeleteItemRequest delete) {
			key(delete.tableName(), delete.key(), sink);
		}
		else if (request instanceof QueryRequest query && query.indexName() == null) {
			query(query, sink);
		}
		else if (request instanceof BatchGetItemRequest batch) {
			batch.requestItems().forEach((table, keys) -> keys.keys().forEach((key) -> key(table, key, sink)));
		}
		else if (request instanceof BatchWriteItemRequest batch) {
			batch.requestItems().forEach((table, writes) -> writes.forEach((write) -> write(table, write, sink)));
		}
		else if (request instanceof TransactGetItemsRequest transaction) {
			for (TransactGetItem item : transaction.transactItems()) {
				if (item.get() != null) {
					key(item.get().tableName(), item.get().key(), sink);
				}
			}
		}
		else if (request instanceof TransactWriteItemsRequest transaction) {
			transaction.transactItems().forEach((item) -> transactWrite(item, sink));
		}
	}

	private void transactWrite(TransactWriteItem item, BiConsumer<String, String> sink) {
		if (item.put() != null) {
			item(item.put().tableName(), item.put().item(), sink);
		}
		else if (item.update() != null) {
			key(item.update().tableName(), item.update().key(), sink);
		}
		else if (item.delete() != null) {
			key(item.delete().tableName(), item.delete().key(), sink);
		}
		else if (item.conditionCheck() != null) {
			key(item.conditionCheck().tableName(), item.conditionCheck().key(), sink);
		}
	}

	private void write(String table, WriteRequest write, BiConsumer<String, String> sink) {
		if (write.putRequest() != null) {
			item(table, write.putRequest().item(), sink);
		}
		else if (write.deleteRequest() != null) {
			key(table, write.deleteRequest().key(), sink);
		}
	}

	private void key(@Nullable String table, Map<String, AttributeValue> key, BiConsumer<String, String> sink) {
		if (table == null || key.isEmpty()) {
			return;
		}
		DynamoKeyNames names = this.keyNames.apply(table);
		AttributeValue value = (names != null) ? key.get(names.partitionKey()) : null;
		if (value == null && key.size() == 1) {
			// A key of one attribute can only be the partition key, whatever the names
			// said.
			value = key.values().iterator().next();
		}
		emit(table, value, sink);
	}

	private void item(@Nullable String table, Map<String, AttributeValue> item, BiConsumer<String, String> sink) {
		DynamoKeyNames names = (table != null) ? this.keyNames.apply(table) : null;
		if (names != null) {
			emit(table, item.get(names.partitionKey()), sink);
		}
	}

	private void query(QueryRequest query, BiConsumer<String, String> sink) {
		DynamoKeyNames names = (query.tableName() != null) ? this.keyNames.apply(query.tableName()) : null;
		if (names == null) {
			return;
		}
		if (query.keyConditionExpression() != null) {
			Matcher matcher = EQUALITY.matcher(query.keyConditionExpression());
			while (matcher.find()) {
				String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(4);
				String placeholder = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
				if (names.partitionKey().equals(query.expressionAttributeNames().getOrDefault(name, name))) {
					emit(query.tableName(), query.expressionAttributeValues().get(placeholder), sink);
					return;
				}
			}
		}
		else if (query.hasKeyConditions()) {
			Condition condition = query.keyConditions().get(names.partitionKey());
			if (condition != null && condition.comparisonOperator() == ComparisonOperator.EQ) {
				List<AttributeValue> values = condition.attributeValueList();
				emit(query.tableName(), values.isEmpty() ? null : values.get(0), sink);
			}
		}
	}

	private static void emit(String table, @Nullable AttributeValue value, BiConsumer<String, String> sink) {
		String rendered = (value != null) ? render(value) : null;
		if (rendered != null) {
			sink.accept(table, rendered);
		}
	}

	private static @Nullable String render(AttributeValue value) {
		if (value.s() != null) {
			return value.s();
		}
		if (value.n() != null) {
			return value.n();
		}
		if (value.b() != null) {
			return Base64.getEncoder().encodeToString(value.b().asByteArray());
		}
		return null;
	}

}
