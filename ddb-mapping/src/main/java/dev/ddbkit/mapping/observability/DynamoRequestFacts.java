package dev.ddbkit.mapping.observability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * What the tags of a request are: its operation, its table, its index, whether it reads.
 */
final class DynamoRequestFacts {

	/** The tag value for no table or no index. */
	static final String NONE = "none";

	/** The tag value of a batch or transaction spanning several tables. */
	static final String MULTIPLE = "multiple";

	private static final ClassValue<String> OPERATIONS = new ClassValue<>() {
		@Override
		protected String computeValue(Class<?> type) {
			String name = type.getSimpleName();
			return name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
		}
	};

	private DynamoRequestFacts() {
	}

	/** The DynamoDB action: {@code GetItemRequest} gives {@code GetItem}. */
	static String operation(DynamoDbRequest request) {
		return OPERATIONS.get(request.getClass());
	}

	/** The one table of the request, {@value #MULTIPLE} or {@value #NONE}. */
	static String table(DynamoDbRequest request) {
		Set<String> tables = tables(request);
		if (tables.isEmpty()) {
			return NONE;
		}
		return (tables.size() == 1) ? tables.iterator().next() : MULTIPLE;
	}

	/** The tables a request names, in request order. */
	static Set<String> tables(DynamoDbRequest request) {
		Set<String> tables = new LinkedHashSet<>();
		if (request instanceof BatchGetItemRequest batch) {
			tables.addAll(batch.requestItems().keySet());
		}
		else if (request instanceof BatchWriteItemRequest batch) {
			tables.addAll(batch.requestItems().keySet());
		}
		else if (request instanceof TransactGetItemsRequest transaction) {
			for (TransactGetItem item : transaction.transactItems()) {
				if (item.get() != null) {
					tables.add(item.get().tableName());
				}
			}
		}
		else if (request instanceof TransactWriteItemsRequest transaction) {
			transaction.transactItems().forEach((item) -> addTable(tables, item));
		}
		else {
			request.getValueForField("TableName", String.class).ifPresent(tables::add);
		}
		// A request without a table name fails at DynamoDB; it is still timed.
		tables.remove(null);
		return tables;
	}

	/** The index a Query or Scan reads, or {@value #NONE}. */
	static String index(DynamoDbRequest request) {
		if (request instanceof QueryRequest || request instanceof ScanRequest) {
			return request.getValueForField("IndexName", String.class).orElse(NONE);
		}
		return NONE;
	}

	/**
	 * Whether the request consumes read capacity rather than write capacity; a PartiQL
	 * batch or transaction is all reads or all writes, so its first statement tells.
	 */
	static boolean isRead(DynamoDbRequest request) {
		if (request instanceof GetItemRequest || request instanceof QueryRequest || request instanceof ScanRequest
				|| request instanceof BatchGetItemRequest || request instanceof TransactGetItemsRequest) {
			return true;
		}
		if (request instanceof ExecuteStatementRequest statement) {
			return isSelect(statement.statement());
		}
		if (request instanceof BatchExecuteStatementRequest batch) {
			return !batch.statements().isEmpty() && isSelect(batch.statements().get(0).statement());
		}
		if (request instanceof ExecuteTransactionRequest transaction) {
			List<?> statements = transaction.transactStatements();
			return !statements.isEmpty() && isSelect(transaction.transactStatements().get(0).statement());
		}
		return false;
	}

	private static boolean isSelect(String statement) {
		return statement != null && statement.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT");
	}

	private static void addTable(Set<String> tables, TransactWriteItem item) {
		if (item.put() != null) {
			tables.add(item.put().tableName());
		}
		else if (item.update() != null) {
			tables.add(item.update().tableName());
		}
		else if (item.delete() != null) {
			tables.add(item.delete().tableName());
		}
		else if (item.conditionCheck() != null) {
			tables.add(item.conditionCheck().tableName());
		}
	}

}
