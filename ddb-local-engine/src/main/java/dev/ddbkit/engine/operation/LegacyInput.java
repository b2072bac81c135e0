package dev.ddbkit.engine.operation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.expression.DynamoProjection;
import dev.ddbkit.engine.expression.DynamoUpdate;
import dev.ddbkit.engine.expression.KeyCondition;
import dev.ddbkit.engine.expression.LegacyParameters;
import dev.ddbkit.engine.expression.eval.LegacyUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The legacy parameters of a request (each {@code null} when absent), compiled by
 * {@link LegacyParameters} to the same types as expressions. The door that builds it
 * rejects a request mixing them with expressions.
 * <p>
 * Source: DynamoDB Developer Guide, "Legacy conditional parameters".
 *
 * @param expected Expected (PutItem, UpdateItem, DeleteItem)
 * @param keyConditions KeyConditions (Query)
 * @param filter QueryFilter or ScanFilter
 * @param conditionalOperator AND or OR, for Expected and the filters
 * @param attributeUpdates AttributeUpdates (UpdateItem)
 * @param attributesToGet AttributesToGet (GetItem, BatchGetItem, Query, Scan)
 */
public record LegacyInput(@Nullable Map<String, LegacyParameters.Condition> expected,
		@Nullable Map<String, LegacyParameters.Condition> keyConditions,
		@Nullable Map<String, LegacyParameters.Condition> filter, @Nullable String conditionalOperator,
		@Nullable Map<String, LegacyUpdate.Action> attributeUpdates, @Nullable List<String> attributesToGet) {

	/** No legacy parameter. */
	public static final LegacyInput NONE = new LegacyInput(null, null, null, null, null, null);

	/** Whether any legacy parameter is present. */
	public boolean present() {
		return this.expected != null || this.keyConditions != null || this.filter != null
				|| this.conditionalOperator != null || this.attributeUpdates != null || this.attributesToGet != null;
	}

	/** Expected as a condition, or {@code null}. */
	@Nullable DynamoCondition condition() {
		return (this.expected != null) ? LegacyParameters.expected(this.expected, this.conditionalOperator) : null;
	}

	/** QueryFilter or ScanFilter, or {@code null}; key attributes are rejected. */
	@Nullable DynamoCondition filter(String parameter, Set<String> keyAttributeNames) {
		return (this.filter != null)
				? LegacyParameters.filter(parameter, this.filter, this.conditionalOperator, keyAttributeNames) : null;
	}

	/** KeyConditions, or {@code null}. */
	@Nullable KeyCondition keyCondition(String partitionKeyName, @Nullable String sortKeyName) {
		return (this.keyConditions != null)
				? LegacyParameters.keyConditions(this.keyConditions, partitionKeyName, sortKeyName) : null;
	}

	/** AttributeUpdates, or {@code null}. */
	@Nullable DynamoUpdate update() {
		return (this.attributeUpdates != null) ? LegacyParameters.attributeUpdates(this.attributeUpdates) : null;
	}

	/** AttributesToGet, or {@code null}. */
	@Nullable DynamoProjection projection() {
		return (this.attributesToGet != null) ? LegacyParameters.attributesToGet(this.attributesToGet) : null;
	}

}
