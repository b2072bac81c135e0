package dev.ddbkit.engine.partiql;

import java.util.List;

import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The syntax tree of a PartiQL expression: paths, values (literals and bound {@code ?}
 * parameters), comparisons, logic, BETWEEN, IN, IS [NOT] MISSING, function calls and
 * {@code +}/{@code -} in SET.
 */
sealed interface PartiqlNode
		permits PartiqlNode.PathRef, PartiqlNode.Literal, PartiqlNode.Compare, PartiqlNode.Logical, PartiqlNode.Not,
		PartiqlNode.Between, PartiqlNode.In, PartiqlNode.Missing, PartiqlNode.Call, PartiqlNode.Arithmetic {

	/**
	 * An attribute path; each element is a {@link String} name or an {@link Integer} list
	 * index.
	 */
	record PathRef(List<Object> elements) implements PartiqlNode {

		/** The attribute name when the path is one top-level name, else {@code null}. */
		@Nullable String topLevelName() {
			return (this.elements.size() == 1 && this.elements.get(0) instanceof String name) ? name : null;
		}

	}

	/** A literal or a bound parameter. */
	record Literal(Value value) implements PartiqlNode {

	}

	/** {@code left op right}, op one of {@code = <> < <= > >=}. */
	record Compare(String operator, PartiqlNode left, PartiqlNode right) implements PartiqlNode {

	}

	/** {@code AND}/{@code OR} of two operands. */
	record Logical(boolean and, PartiqlNode left, PartiqlNode right) implements PartiqlNode {

	}

	/** {@code NOT operand}. */
	record Not(PartiqlNode operand) implements PartiqlNode {

	}

	/** {@code operand BETWEEN low AND high}. */
	record Between(PartiqlNode operand, PartiqlNode low, PartiqlNode high) implements PartiqlNode {

	}

	/** {@code operand IN [a, b, ...]}. */
	record In(PartiqlNode operand, List<PartiqlNode> candidates) implements PartiqlNode {

	}

	/** {@code path IS MISSING} ({@code negated}: {@code IS NOT MISSING}). */
	record Missing(PathRef path, boolean negated) implements PartiqlNode {

	}

	/** A function call; the name is lower-cased. */
	record Call(String name, List<PartiqlNode> arguments) implements PartiqlNode {

	}

	/** {@code left + right} or {@code left - right}. */
	record Arithmetic(String operator, PartiqlNode left, PartiqlNode right) implements PartiqlNode {

	}

}
