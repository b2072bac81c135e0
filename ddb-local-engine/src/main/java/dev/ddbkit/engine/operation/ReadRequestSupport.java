package dev.ddbkit.engine.operation;

import java.util.function.UnaryOperator;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.DynamoProjection;
import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * Limit, Select and projection rules shared by Query and Scan.
 * <p>
 * Source: DynamoDB API Reference, "Query" (Limit ≥ 1; Select SPECIFIC_ATTRIBUTES with a
 * ProjectionExpression; COUNT without one).
 */
final class ReadRequestSupport {

	private ReadRequestSupport() {
	}

	static void checkLimit(@Nullable Integer limit) {
		if (limit != null && limit < 1) {
			throw EngineException.validation(
					"1 validation error detected: Value '%d' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
					limit);
		}
	}

	/** The effective Select, validated against the target and the projection. */
	static Select select(ReadTarget target, @Nullable Select requested, boolean hasProjection) {
		Select select = (requested != null) ? requested : target.defaultSelect(hasProjection);
		if (hasProjection && select != Select.SPECIFIC_ATTRIBUTES) {
			throw EngineException.validation(
					"Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES or COUNT");
		}
		if (!hasProjection && select == Select.SPECIFIC_ATTRIBUTES) {
			throw EngineException.validation(
					"One or more parameter values were invalid: Select type SPECIFIC_ATTRIBUTES requires ProjectionExpression or AttributesToGet");
		}
		target.checkSelect(select);
		return select;
	}

	/** What the page holds for each entry read. */
	static UnaryOperator<Item> output(ReadTarget target, Select select, @Nullable DynamoProjection projection) {
		return (entry) -> {
			Item item = target.fullItem(entry, select);
			return (projection != null) ? projection.apply(item) : item;
		};
	}

}
