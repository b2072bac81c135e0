package dev.ddbkit.engine.partiql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ddbkit.engine.operation.ExpressionInput;
import dev.ddbkit.engine.partiql.PartiqlNode.PathRef;
import dev.ddbkit.engine.value.Value;

/**
 * Writes PartiQL syntax trees as DynamoDB expression text with generated
 * ExpressionAttributeNames ({@code #p0}...) and ExpressionAttributeValues
 * ({@code :p0}...), so the engine's expression compiler validates and evaluates them.
 */
final class PartiqlExpressions {

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, Value> values = new LinkedHashMap<>();

	/** The names and values written so far ({@code null} maps when none). */
	ExpressionInput input() {
		return new ExpressionInput(this.names.isEmpty() ? null : Map.copyOf(this.names),
				this.values.isEmpty() ? null : Map.copyOf(this.values));
	}

	/** A condition or an operand as expression text. */
	String write(PartiqlNode node) {
		if (node instanceof PathRef path) {
			return path(path);
		}
		if (node instanceof PartiqlNode.Literal literal) {
			return value(literal.value());
		}
		if (node instanceof PartiqlNode.Compare compare) {
			return "(" + write(compare.left()) + " " + compare.operator() + " " + write(compare.right()) + ")";
		}
		if (node instanceof PartiqlNode.Logical logical) {
			return "(" + write(logical.left()) + (logical.and() ? " AND " : " OR ") + write(logical.right()) + ")";
		}
		if (node instanceof PartiqlNode.Not not) {
			return "(NOT " + write(not.operand()) + ")";
		}
		if (node instanceof PartiqlNode.Between between) {
			return "(" + write(between.operand()) + " BETWEEN " + write(between.low()) + " AND " + write(between.high())
					+ ")";
		}
		if (node instanceof PartiqlNode.In in) {
			return "(" + write(in.operand()) + " IN (" + list(in.candidates()) + "))";
		}
		if (node instanceof PartiqlNode.Missing missing) {
			return (missing.negated() ? "attribute_exists(" : "attribute_not_exists(") + path(missing.path()) + ")";
		}
		if (node instanceof PartiqlNode.Call call) {
			return call.name() + "(" + list(call.arguments()) + ")";
		}
		PartiqlNode.Arithmetic arithmetic = (PartiqlNode.Arithmetic) node;
		return write(arithmetic.left()) + " " + arithmetic.operator() + " " + write(arithmetic.right());
	}

	/**
	 * A key condition term as KeyConditionExpression text: a comparison or BETWEEN
	 * without enclosing parentheses, or a begins_with call.
	 */
	String keyTerm(PartiqlNode node) {
		String text = write(node);
		return (node instanceof PartiqlNode.Call) ? text : text.substring(1, text.length() - 1);
	}

	/** A path as expression text, each name a placeholder. */
	String path(PathRef path) {
		StringBuilder text = new StringBuilder();
		for (Object element : path.elements()) {
			if (element instanceof Integer index) {
				text.append('[').append(index).append(']');
			}
			else {
				if (!text.isEmpty()) {
					text.append('.');
				}
				text.append(name((String) element));
			}
		}
		return text.toString();
	}

	/** The placeholder of an attribute name. */
	String name(String name) {
		for (Map.Entry<String, String> entry : this.names.entrySet()) {
			if (entry.getValue().equals(name)) {
				return entry.getKey();
			}
		}
		String placeholder = "#p" + this.names.size();
		this.names.put(placeholder, name);
		return placeholder;
	}

	/** The placeholder of a value. */
	String value(Value value) {
		String placeholder = ":p" + this.values.size();
		this.values.put(placeholder, value);
		return placeholder;
	}

	private String list(List<PartiqlNode> nodes) {
		return nodes.stream().map(this::write).collect(Collectors.joining(", "));
	}

}
