package dev.ddbkit.engine.expression.ast;

import java.util.List;

import dev.ddbkit.engine.value.Value;

/**
 * An operand: a document path, a value placeholder, a resolved value, a function call
 * ({@code size}, {@code if_not_exists}, {@code list_append}, ...) or, in update
 * expressions, the sum or difference of two operands.
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB" and "Using update expressions in DynamoDB".
 */
public sealed interface Operand
		permits Operand.PathOperand, Operand.ValueRef, Operand.Literal, Operand.FunctionCall, Operand.Arithmetic {

	/** A document path. */
	record PathOperand(Path path) implements Operand {

		@Override
		public String toString() {
			return this.path.toString();
		}

	}

	/** An expression attribute value placeholder such as {@code :v}, not yet resolved. */
	record ValueRef(String placeholder) implements Operand {

		@Override
		public String toString() {
			return this.placeholder;
		}

	}

	/**
	 * A value taken from ExpressionAttributeValues; {@code placeholder} keeps its name
	 * for messages.
	 */
	record Literal(String placeholder, Value value) implements Operand {

		@Override
		public String toString() {
			return this.placeholder;
		}

	}

	/** A function call; the name is kept as written and checked by the resolver. */
	record FunctionCall(String name, List<Operand> arguments) implements Operand {

		public FunctionCall {
			arguments = List.copyOf(arguments);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(this.name).append('(');
			for (int i = 0; i < this.arguments.size(); i++) {
				text.append((i > 0) ? ", " : "").append(this.arguments.get(i));
			}
			return text.append(')').toString();
		}

	}

	/** {@code left + right} or {@code left - right} in a SET action. */
	record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {

		/** The operator as written: {@code +} or {@code -}. */
		public String operator() {
			return this.plus ? "+" : "-";
		}

		@Override
		public String toString() {
			return this.left + " " + operator() + " " + this.right;
		}

	}

}
