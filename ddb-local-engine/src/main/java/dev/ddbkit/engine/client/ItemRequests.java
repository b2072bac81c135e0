package dev.ddbkit.engine.client;

import java.util.Map;

import dev.ddbkit.engine.operation.DeleteItemOperation;
import dev.ddbkit.engine.operation.GetItemOperation;
import dev.ddbkit.engine.operation.LegacyInput;
import dev.ddbkit.engine.operation.PutItemOperation;
import dev.ddbkit.engine.operation.QueryOperation;
import dev.ddbkit.engine.operation.ScanOperation;
import dev.ddbkit.engine.operation.UpdateItemOperation;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * SDK single-item, Query and Scan requests in engine terms; legacy parameters go to the
 * operations as {@link LegacyInput}.
 */
final class ItemRequests {

	private ItemRequests() {
	}

	static PutItemOperation.Request put(PutItemRequest request) {
		boolean old = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasExpected(), "Expected")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.conditionExpression() != null, "ConditionExpression")
			.check();
		LegacyInput legacy = old ? new LegacyInput(LegacyRequests.expected(true, request.expected()), null, null,
				request.conditionalOperatorAsString(), null, null) : LegacyInput.NONE;
		return new PutItemOperation.Request(request.tableName(), ValueConverter.toItem(request.item()),
				request.conditionExpression(),
				Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues()),
				Requests.returnValue(request.returnValuesAsString()),
				Requests.returnOldOnFailure(request.returnValuesOnConditionCheckFailureAsString()), legacy);
	}

	static DeleteItemOperation.Request delete(DeleteItemRequest request) {
		boolean old = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasExpected(), "Expected")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.conditionExpression() != null, "ConditionExpression")
			.check();
		LegacyInput legacy = old ? new LegacyInput(LegacyRequests.expected(true, request.expected()), null, null,
				request.conditionalOperatorAsString(), null, null) : LegacyInput.NONE;
		return new DeleteItemOperation.Request(request.tableName(), ValueConverter.toValues(request.key()),
				request.conditionExpression(),
				Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues()),
				Requests.returnValue(request.returnValuesAsString()),
				Requests.returnOldOnFailure(request.returnValuesOnConditionCheckFailureAsString()), legacy);
	}

	static UpdateItemOperation.Request update(UpdateItemRequest request) {
		boolean old = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasExpected(), "Expected")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.legacy(request.hasAttributeUpdates(), "AttributeUpdates")
			.expression(request.conditionExpression() != null, "ConditionExpression")
			.expression(request.updateExpression() != null, "UpdateExpression")
			.check();
		LegacyInput legacy = old
				? new LegacyInput(LegacyRequests.expected(request.hasExpected(), request.expected()), null, null,
						request.conditionalOperatorAsString(),
						LegacyRequests.updates(request.hasAttributeUpdates(), request.attributeUpdates()), null)
				: LegacyInput.NONE;
		return new UpdateItemOperation.Request(request.tableName(), ValueConverter.toValues(request.key()),
				request.updateExpression(), request.conditionExpression(),
				Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues()),
				Requests.returnValue(request.returnValuesAsString()),
				Requests.returnOldOnFailure(request.returnValuesOnConditionCheckFailureAsString()), legacy);
	}

	static GetItemOperation.Request get(GetItemRequest request) {
		boolean old = styles(request.hasExpressionAttributeNames(), false)
			.legacy(request.hasAttributesToGet(), "AttributesToGet")
			.expression(request.projectionExpression() != null, "ProjectionExpression")
			.check();
		LegacyInput legacy = old ? new LegacyInput(null, null, null, null, null,
				LegacyRequests.attributesToGet(true, request.attributesToGet())) : LegacyInput.NONE;
		return new GetItemOperation.Request(request.tableName(), ValueConverter.toValues(request.key()),
				request.projectionExpression(), Requests.expressions(request.hasExpressionAttributeNames(),
						request.expressionAttributeNames(), false, Map.of()),
				Requests.isTrue(request.consistentRead()), legacy);
	}

	static QueryOperation.Request query(QueryRequest request) {
		boolean old = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasKeyConditions(), "KeyConditions")
			.legacy(request.hasQueryFilter(), "QueryFilter")
			.legacy(request.hasAttributesToGet(), "AttributesToGet")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.keyConditionExpression() != null, "KeyConditionExpression")
			.expression(request.filterExpression() != null, "FilterExpression")
			.expression(request.projectionExpression() != null, "ProjectionExpression")
			.check();
		LegacyInput legacy = old
				? new LegacyInput(null, LegacyRequests.conditions(request.hasKeyConditions(), request.keyConditions()),
						LegacyRequests.conditions(request.hasQueryFilter(), request.queryFilter()),
						request.conditionalOperatorAsString(), null,
						LegacyRequests.attributesToGet(request.hasAttributesToGet(), request.attributesToGet()))
				: LegacyInput.NONE;
		return new QueryOperation.Request(request.tableName(), request.indexName(), request.keyConditionExpression(),
				request.filterExpression(), request.projectionExpression(),
				Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues()),
				Requests.select(request.selectAsString()), request.limit(),
				request.hasExclusiveStartKey() ? ValueConverter.toValues(request.exclusiveStartKey()) : null,
				!Boolean.FALSE.equals(request.scanIndexForward()), Requests.isTrue(request.consistentRead()), legacy);
	}

	static ScanOperation.Request scan(ScanRequest request) {
		boolean old = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasScanFilter(), "ScanFilter")
			.legacy(request.hasAttributesToGet(), "AttributesToGet")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.filterExpression() != null, "FilterExpression")
			.expression(request.projectionExpression() != null, "ProjectionExpression")
			.check();
		LegacyInput legacy = old
				? new LegacyInput(null, null, LegacyRequests.conditions(request.hasScanFilter(), request.scanFilter()),
						request.conditionalOperatorAsString(), null,
						LegacyRequests.attributesToGet(request.hasAttributesToGet(), request.attributesToGet()))
				: LegacyInput.NONE;
		return new ScanOperation.Request(request.tableName(), request.indexName(), request.filterExpression(),
				request.projectionExpression(),
				Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues()),
				Requests.select(request.selectAsString()), request.limit(),
				request.hasExclusiveStartKey() ? ValueConverter.toValues(request.exclusiveStartKey()) : null,
				request.segment(), request.totalSegments(), Requests.isTrue(request.consistentRead()), legacy);
	}

	private static LegacyRequests styles(boolean hasNames, boolean hasValues) {
		return new LegacyRequests().expression(hasNames, "ExpressionAttributeNames")
			.expression(hasValues, "ExpressionAttributeValues");
	}

}
