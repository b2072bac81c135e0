package dev.ddbkit.engine.expression.resolve;

import java.util.EnumMap;
import java.util.Map;

import dev.ddbkit.engine.expression.parse.ExpressionKind;

/**
 * The problems found while resolving one expression, the first of each kind kept.
 * DynamoDB reports one message; the kinds below are in the order it checks them (as
 * observed against the service: an unknown function wins over a reserved word, a reserved
 * word over a repeated section, overlapping update paths over operand counts).
 */
final class ResolutionErrors {

	enum Kind {

		UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED_WORD, REPEATED_SECTION, UNDEFINED_PLACEHOLDER, OVERLAPPING_PATHS,
		CONFLICTING_PATHS, ADD_DELETE_OPERAND, OPERAND_COUNT, DISTINCT_OPERANDS, OPERAND_TYPE

	}

	private final Map<Kind, String> first = new EnumMap<>(Kind.class);

	void add(Kind kind, String message) {
		this.first.putIfAbsent(kind, message);
	}

	/** Throws the ValidationException for the first problem in DynamoDB's order. */
	void throwIfAny(ExpressionKind expression) {
		if (!this.first.isEmpty()) {
			throw expression.invalid(this.first.values().iterator().next());
		}
	}

}
