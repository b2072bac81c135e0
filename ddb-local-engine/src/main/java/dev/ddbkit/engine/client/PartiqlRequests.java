package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.partiql.DynamoPartiql;
import dev.ddbkit.engine.value.Value;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementError;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;

/**
 * The PartiQL actions (ExecuteStatement, BatchExecuteStatement, ExecuteTransaction)
 * between SDK models and {@link DynamoPartiql}.
 */
final class PartiqlRequests {

	/** BatchExecuteStatement takes at most 25 statements (API Reference). */
	private static final int MAX_BATCH = 25;

	private PartiqlRequests() {
	}

	static ExecuteStatementResponse executeStatement(DynamoPartiql partiql, ExecuteStatementRequest request) {
		DynamoPartiql.Result result = partiql.execute(new DynamoPartiql.Request(request.statement(),
				parameters(request.hasParameters(), request.parameters()), request.nextToken(), request.limit(),
				Requests.isTrue(request.consistentRead())));
		return ExecuteStatementResponse.builder()
			.items(Requests.fromItems(result.items()))
			.nextToken(result.nextToken())
			.consumedCapacity(ConsumedCapacities.of(result.capacity(), request.returnConsumedCapacityAsString()))
			.build();
	}

	/**
	 * Runs each statement on its own; a failing statement gets an error entry and the
	 * others still run (API Reference, BatchExecuteStatement).
	 */
	static BatchExecuteStatementResponse batchExecuteStatement(DynamoPartiql partiql,
			BatchExecuteStatementRequest request) {
		if (request.statements().size() > MAX_BATCH) {
			throw EngineException.validation(
					"1 validation error detected: Value at 'statements' failed to satisfy constraint: Member must have length less than or equal to 25");
		}
		long reads = request.statements()
			.stream()
			.filter((statement) -> DynamoPartiql.isSelect(statement.statement()))
			.count();
		if (reads > 0 && reads < request.statements().size()) {
			throw EngineException.validation("Read and write requests together in the same batch is not supported.");
		}
		List<BatchStatementResponse> responses = new ArrayList<>();
		for (BatchStatementRequest statement : request.statements()) {
			try {
				DynamoPartiql.Result result = partiql.execute(new DynamoPartiql.Request(statement.statement(),
						parameters(statement.hasParameters(), statement.parameters()), null, null,
						Requests.isTrue(statement.consistentRead())));
				BatchStatementResponse.Builder response = BatchStatementResponse.builder()
					.tableName(result.capacity().tableName());
				if (!result.items().isEmpty()) {
					response.item(SdkViews.item(result.items().get(0)));
				}
				responses.add(response.build());
			}
			catch (EngineException ex) {
				responses.add(BatchStatementResponse.builder()
					.error(BatchStatementError.builder().code(errorCode(ex.code())).message(ex.getMessage()).build())
					.build());
			}
		}
		return BatchExecuteStatementResponse.builder().responses(responses).build();
	}

	static ExecuteTransactionResponse executeTransaction(DynamoPartiql partiql, ExecuteTransactionRequest request) {
		List<DynamoPartiql.Statement> statements = new ArrayList<>();
		if (request.hasTransactStatements()) {
			for (ParameterizedStatement statement : request.transactStatements()) {
				statements.add(new DynamoPartiql.Statement(statement.statement(),
						parameters(statement.hasParameters(), statement.parameters())));
			}
		}
		DynamoPartiql.TransactionResult result = partiql.executeTransaction(statements, request.clientRequestToken());
		List<ItemResponse> responses = new ArrayList<>();
		if (result.items() != null) {
			result.items().forEach((item) -> responses.add(ItemResponse.builder().item(SdkViews.item(item)).build()));
		}
		return ExecuteTransactionResponse.builder()
			.responses(responses)
			.consumedCapacity(ConsumedCapacities.of(result.capacities(), request.returnConsumedCapacityAsString()))
			.build();
	}

	private static List<Value> parameters(boolean present, List<AttributeValue> parameters) {
		return present ? parameters.stream().map(ValueConverter::toValue).toList() : List.of();
	}

	private static BatchStatementErrorCodeEnum errorCode(ErrorCode code) {
		return switch (code) {
			case CONDITIONAL_CHECK_FAILED -> BatchStatementErrorCodeEnum.CONDITIONAL_CHECK_FAILED;
			case DUPLICATE_ITEM -> BatchStatementErrorCodeEnum.DUPLICATE_ITEM;
			case RESOURCE_NOT_FOUND -> BatchStatementErrorCodeEnum.RESOURCE_NOT_FOUND;
			case PROVISIONED_THROUGHPUT_EXCEEDED -> BatchStatementErrorCodeEnum.PROVISIONED_THROUGHPUT_EXCEEDED;
			case THROTTLING -> BatchStatementErrorCodeEnum.THROTTLING_ERROR;
			case REQUEST_LIMIT_EXCEEDED -> BatchStatementErrorCodeEnum.REQUEST_LIMIT_EXCEEDED;
			case TRANSACTION_CONFLICT -> BatchStatementErrorCodeEnum.TRANSACTION_CONFLICT;
			case ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED -> BatchStatementErrorCodeEnum.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED;
			case INTERNAL_SERVER_ERROR -> BatchStatementErrorCodeEnum.INTERNAL_SERVER_ERROR;
			default -> BatchStatementErrorCodeEnum.VALIDATION_ERROR;
		};
	}

}
