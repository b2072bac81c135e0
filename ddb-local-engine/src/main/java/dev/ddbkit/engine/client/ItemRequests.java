package dev.ddbkit.engine.client;

import java.util.Map;

import dev.ddbkit.engine.operation.DeleteItemOperation;
import dev.ddbkit.engine.operation.ExpressionInput;
import dev.ddbkit.engine.operation.GetItemOperation;
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
 * SDK single-item, Query and Scan requests in engine terms; legacy parameters are
 * rewritten into expressions by {@link LegacyExpressions}.
 */
final class ItemRequests {

	private ItemRequests() {
	}

	static PutItemOperation.Request put(PutItemRequest request) {
		LegacyExpressions legacy = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasExpected(), "Expected")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.conditionExpression() != null, "ConditionExpression");
		boolean old = legacy.check();
		String condition = old ? legacy.expected(request.expected(), request.conditionalOperatorAsString())
				: request.conditionExpression();
		ExpressionInput expressions = old ? legacy.input()
				: Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues());
		return new PutItemOperation.Request(request.tableName(), ValueConverter.toItem(request.item()), condition,
				expressions, Requests.returnValue(request.returnValuesAsString()),
				Requests.returnOldOnFailure(request.returnValuesOnConditionCheckFailureAsString()));
	}

	static DeleteItemOperation.Request delete(DeleteItemRequest request) {
		LegacyExpressions legacy = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasExpected(), "Expected")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.conditionExpression() != null, "ConditionExpression");
		boolean old = legacy.check();
		String condition = old ? legacy.expected(request.expected(), request.conditionalOperatorAsString())
				: request.conditionExpression();
		ExpressionInput expressions = old ? legacy.input()
				: Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues());
		return new DeleteItemOperation.Request(request.tableName(), ValueConverter.toValues(request.key()), condition,
				expressions, Requests.returnValue(request.returnValuesAsString()),
				Requests.returnOldOnFailure(request.returnValuesOnConditionCheckFailureAsString()));
	}

	static UpdateItemOperation.Request update(UpdateItemRequest request) {
		LegacyExpressions legacy = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasExpected(), "Expected")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.legacy(request.hasAttributeUpdates(), "AttributeUpdates")
			.expression(request.conditionExpression() != null, "ConditionExpression")
			.expression(request.updateExpression() != null, "UpdateExpression");
		boolean old = legacy.check();
		String update = old ? legacy.updates(request.attributeUpdates()) : request.updateExpression();
		String condition = old ? legacy.expected(request.expected(), request.conditionalOperatorAsString())
				: request.conditionExpression();
		ExpressionInput expressions = old ? legacy.input()
				: Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues());
		return new UpdateItemOperation.Request(request.tableName(), ValueConverter.toValues(request.key()), update,
				condition, expressions, Requests.returnValue(request.returnValuesAsString()),
				Requests.returnOldOnFailure(request.returnValuesOnConditionCheckFailureAsString()));
	}

	static GetItemOperation.Request get(GetItemRequest request) {
		LegacyExpressions legacy = styles(request.hasExpressionAttributeNames(), false)
			.legacy(request.hasAttributesToGet(), "AttributesToGet")
			.expression(request.projectionExpression() != null, "ProjectionExpression");
		boolean old = legacy.check();
		String projection = old ? legacy.projection(request.attributesToGet()) : request.projectionExpression();
		ExpressionInput expressions = old ? legacy.input() : Requests.expressions(request.hasExpressionAttributeNames(),
				request.expressionAttributeNames(), false, Map.of());
		return new GetItemOperation.Request(request.tableName(), ValueConverter.toValues(request.key()), projection,
				expressions, Requests.isTrue(request.consistentRead()));
	}

	static QueryOperation.Request query(QueryRequest request) {
		LegacyExpressions legacy = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasKeyConditions(), "KeyConditions")
			.legacy(request.hasQueryFilter(), "QueryFilter")
			.legacy(request.hasAttributesToGet(), "AttributesToGet")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.keyConditionExpression() != null, "KeyConditionExpression")
			.expression(request.filterExpression() != null, "FilterExpression")
			.expression(request.projectionExpression() != null, "ProjectionExpression");
		boolean old = legacy.check();
		String keyCondition = old ? legacy.conditions(request.keyConditions(), "AND")
				: request.keyConditionExpression();
		String filter = old ? legacy.conditions(request.queryFilter(), request.conditionalOperatorAsString())
				: request.filterExpression();
		String projection = (old && request.hasAttributesToGet()) ? legacy.projection(request.attributesToGet())
				: request.projectionExpression();
		ExpressionInput expressions = old ? legacy.input()
				: Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues());
		return new QueryOperation.Request(request.tableName(), request.indexName(), keyCondition, filter, projection,
				expressions, Requests.select(request.selectAsString()), request.limit(),
				request.hasExclusiveStartKey() ? ValueConverter.toValues(request.exclusiveStartKey()) : null,
				!Boolean.FALSE.equals(request.scanIndexForward()), Requests.isTrue(request.consistentRead()));
	}

	static ScanOperation.Request scan(ScanRequest request) {
		LegacyExpressions legacy = styles(request.hasExpressionAttributeNames(), request.hasExpressionAttributeValues())
			.legacy(request.hasScanFilter(), "ScanFilter")
			.legacy(request.hasAttributesToGet(), "AttributesToGet")
			.legacy(request.conditionalOperator() != null, "ConditionalOperator")
			.expression(request.filterExpression() != null, "FilterExpression")
			.expression(request.projectionExpression() != null, "ProjectionExpression");
		boolean old = legacy.check();
		String filter = old ? legacy.conditions(request.scanFilter(), request.conditionalOperatorAsString())
				: request.filterExpression();
		String projection = (old && request.hasAttributesToGet()) ? legacy.projection(request.attributesToGet())
				: request.projectionExpression();
		ExpressionInput expressions = old ? legacy.input()
				: Requests.expressions(request.hasExpressionAttributeNames(), request.expressionAttributeNames(),
						request.hasExpressionAttributeValues(), request.expressionAttributeValues());
		return new ScanOperation.Request(request.tableName(), request.indexName(), filter, projection, expressions,
				Requests.select(request.selectAsString()), request.limit(),
				request.hasExclusiveStartKey() ? ValueConverter.toValues(request.exclusiveStartKey()) : null,
				request.segment(), request.totalSegments(), Requests.isTrue(request.consistentRead()));
	}

	private static LegacyExpressions styles(boolean hasNames, boolean hasValues) {
		return new LegacyExpressions().expression(hasNames, "ExpressionAttributeNames")
			.expression(hasValues, "ExpressionAttributeValues");
	}

}
