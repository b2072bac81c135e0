package dev.ddbkit.mapping.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * A key template such as {@code CUSTOMER#{customerId}} or
 * {@code ORDER#{orderDate}#{orderId}}: literal text and {@code {property}} variables.
 * Immutable and thread-safe.
 * <p>
 * Two variables must be separated by literal text, so that a rendered key can be parsed
 * back: a variable's value runs up to the first occurrence of the literal that follows
 * it. A value that contains that literal cannot be parsed back unambiguously;
 * {@link #parse(String)} then reads the shortest match.
 * <p>
 * A partition key template may be sharded ({@link #shards()} {@code > 1}): the stored key
 * is the rendered key followed by {@code #} and a shard number
 * ({@link #shardKey(String, int)}); {@link #parse(String)} ignores that suffix.
 * <p>
 * Source: DynamoDB Developer Guide, "Best practices for using sort keys to organize data"
 * (hierarchical sort keys queried with {@code begins_with}), "Using write sharding to
 * distribute workloads evenly".
 */
public final class KeyTemplate {

	/**
	 * The most shards a key may declare: every query on it sends one request per shard.
	 */
	public static final int MAX_SHARDS = 1000;

	private final String template;

	private final int shards;

	private final List<Segment> segments;

	private final List<String> variables;

	private KeyTemplate(String template, List<Segment> segments, int shards) {
		this.template = template;
		this.shards = shards;
		this.segments = List.copyOf(segments);
		List<String> names = new ArrayList<>();
		for (Segment segment : segments) {
			if (segment instanceof Variable variable) {
				names.add(variable.name());
			}
		}
		this.variables = Collections.unmodifiableList(names);
	}

	/**
	 * Parses a template.
	 * @param template e.g. {@code "CUSTOMER#{customerId}"}
	 * @return the template
	 * @throws IllegalArgumentException when the template is empty, has an unclosed or
	 * empty {@code {}}, a nested brace, or two variables without literal text between
	 * them
	 */
	public static KeyTemplate of(String template) {
		return of(template, 1);
	}

	/**
	 * Parses a partition key template written over {@code shards} keys.
	 * @param template e.g. {@code "STATUS#{status}"}
	 * @param shards the number of shards, 1 for none
	 * @return the template
	 * @throws IllegalArgumentException as {@link #of(String)}, or when {@code shards} is
	 * not within 1 to {@value #MAX_SHARDS}
	 */
	public static KeyTemplate of(String template, int shards) {
		if (shards < 1 || shards > MAX_SHARDS) {
			throw new IllegalArgumentException("Key template '" + template + "' declares shards = " + shards
					+ "; shards must be 1 (unsharded) to " + MAX_SHARDS);
		}
		if (template.isEmpty()) {
			throw new IllegalArgumentException("Key template must not be empty");
		}
		List<Segment> segments = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		int i = 0;
		while (i < template.length()) {
			char c = template.charAt(i);
			if (c == '}') {
				throw new IllegalArgumentException("Key template '" + template + "' has '}' without '{' at " + i);
			}
			if (c != '{') {
				literal.append(c);
				i++;
				continue;
			}
			int end = template.indexOf('}', i);
			if (end < 0) {
				throw new IllegalArgumentException("Key template '" + template + "' has an unclosed '{' at " + i);
			}
			String name = template.substring(i + 1, end);
			if (name.isBlank() || name.indexOf('{') >= 0) {
				throw new IllegalArgumentException("Key template '" + template + "' has an invalid variable '{" + name
						+ "}' at " + i + ": expected {propertyName}");
			}
			if (literal.length() > 0) {
				segments.add(new Literal(literal.toString()));
				literal.setLength(0);
			}
			else if (!segments.isEmpty() && segments.get(segments.size() - 1) instanceof Variable previous) {
				throw new IllegalArgumentException("Key template '" + template + "' has variables {" + previous.name()
						+ "} and {" + name + "} without a separator between them, so keys could not be parsed back");
			}
			segments.add(new Variable(name.trim()));
			i = end + 1;
		}
		if (literal.length() > 0) {
			segments.add(new Literal(literal.toString()));
		}
		return new KeyTemplate(template, segments, shards);
	}

	/**
	 * The shard of an item: CRC32 of its rendered unsharded table partition key followed
	 * by its rendered sort key, UTF-8, modulo {@code shards}.
	 * @param partitionKey the item's table partition key without shard suffix
	 * @param sortKey the item's table sort key
	 * @param shards the number of shards (at least 1)
	 * @return the shard, 0 to {@code shards - 1}
	 */
	public static int shardOf(String partitionKey, String sortKey, int shards) {
		CRC32 crc = new CRC32();
		crc.update((partitionKey + sortKey).getBytes(StandardCharsets.UTF_8));
		return (int) (crc.getValue() % shards);
	}

	/** The number of shards, 1 when the key is not sharded. */
	public int shards() {
		return this.shards;
	}

	/** Whether keys of this template are written over more than one shard. */
	public boolean isSharded() {
		return this.shards > 1;
	}

	/**
	 * The stored key of one shard: the rendered key itself when unsharded, else the
	 * rendered key followed by {@code #} and the shard, e.g. {@code STATUS#delivered#7}.
	 * @param renderedKey the key rendered from this template
	 * @param shard the shard, 0 to {@code shards() - 1}
	 * @return the stored key
	 */
	public String shardKey(String renderedKey, int shard) {
		return isSharded() ? renderedKey + "#" + shard : renderedKey;
	}

	/** The template text as declared. */
	public String template() {
		return this.template;
	}

	/** The variable names, in order of appearance. */
	public List<String> variables() {
		return this.variables;
	}

	/** Whether the template has no variables, e.g. {@code "PROFILE"}. */
	public boolean isConstant() {
		return this.variables.isEmpty();
	}

	/** The literal text before the first variable (the whole template when constant). */
	public String literalPrefix() {
		StringBuilder prefix = new StringBuilder();
		for (Segment segment : this.segments) {
			if (segment instanceof Literal literal) {
				prefix.append(literal.text());
			}
			else {
				break;
			}
		}
		return prefix.toString();
	}

	/**
	 * Renders the key from the variables' rendered values.
	 * @param values variable name to its sort-safe string
	 * @return the key
	 * @throws IllegalArgumentException when a variable has no value
	 */
	public String render(Map<String, String> values) {
		String key = renderOrNull(values::get);
		if (key == null) {
			List<String> missing = this.variables.stream().filter((name) -> values.get(name) == null).toList();
			throw new IllegalArgumentException("Cannot render key '" + this.template + "': no value for " + missing);
		}
		return key;
	}

	/**
	 * Renders the key, or returns {@code null} when any variable is {@code null} (a
	 * sparse index key is left out).
	 * @param values variable name to its sort-safe string or {@code null}
	 * @return the key or {@code null}
	 */
	public @Nullable String renderOrNull(Function<String, @Nullable String> values) {
		StringBuilder key = new StringBuilder();
		for (Segment segment : this.segments) {
			if (segment instanceof Literal literal) {
				key.append(literal.text());
			}
			else {
				String value = values.apply(((Variable) segment).name());
				if (value == null) {
					return null;
				}
				key.append(value);
			}
		}
		return key.toString();
	}

	/**
	 * Renders the prefix of the key that a leading run of bound variables fixes, for
	 * {@code begins_with}. The prefix includes the literal that follows the last bound
	 * variable, so it always ends on a separator: with
	 * {@code ORDER#{orderDate}#{orderId}} and {@code orderDate=2024-05} the prefix is
	 * {@code ORDER#2024-05#}, which never matches {@code ORDER#2024-050#...}. With no
	 * variable bound the prefix is {@link #literalPrefix()}; with all of them bound it is
	 * the whole key.
	 * @param leading the rendered values of the leading variables; variables after the
	 * first missing one are ignored
	 * @return the prefix
	 */
	public String boundPrefix(Map<String, String> leading) {
		StringBuilder prefix = new StringBuilder();
		for (Segment segment : this.segments) {
			if (segment instanceof Literal literal) {
				prefix.append(literal.text());
				continue;
			}
			String value = leading.get(((Variable) segment).name());
			if (value == null) {
				break;
			}
			prefix.append(value);
		}
		return prefix.toString();
	}

	/**
	 * Renders the literal text and values before the given variable, e.g. {@code ORDER#}
	 * before {@code orderDate}.
	 * @param variable a variable of this template
	 * @param leading the rendered values of the variables before it
	 * @return the text before the variable
	 * @throws IllegalArgumentException when the variable is unknown or a variable before
	 * it has no value
	 */
	public String prefixBefore(String variable, Map<String, String> leading) {
		StringBuilder prefix = new StringBuilder();
		for (Segment segment : this.segments) {
			if (segment instanceof Literal literal) {
				prefix.append(literal.text());
				continue;
			}
			String name = ((Variable) segment).name();
			if (name.equals(variable)) {
				return prefix.toString();
			}
			String value = leading.get(name);
			if (value == null) {
				throw new IllegalArgumentException("Key template '" + this.template + "': {" + variable
						+ "} can only be bound after {" + name + "}");
			}
			prefix.append(value);
		}
		throw new IllegalArgumentException("Key template '" + this.template + "' has no variable {" + variable + "}");
	}

	/**
	 * The literal text that follows a variable, or {@code null} when the variable ends
	 * the template.
	 * @param variable a variable of this template
	 * @return the separator after it
	 */
	public @Nullable String literalAfter(String variable) {
		for (int i = 0; i < this.segments.size(); i++) {
			if (this.segments.get(i) instanceof Variable v && v.name().equals(variable)) {
				return (i + 1 < this.segments.size()) ? ((Literal) this.segments.get(i + 1)).text() : null;
			}
		}
		throw new IllegalArgumentException("Key template '" + this.template + "' has no variable {" + variable + "}");
	}

	/** Whether the key has the shape of this template. */
	public boolean matches(String key) {
		return tryParse(key) != null;
	}

	/**
	 * Parses a rendered key back to the variables' rendered values; the shard suffix of a
	 * sharded template is ignored.
	 * @param key a key rendered from this template (with its shard suffix when sharded)
	 * @return variable name to rendered value, in template order
	 * @throws IllegalArgumentException when the key does not have the template's shape
	 */
	public Map<String, String> parse(String key) {
		Map<String, String> values = tryParse(key);
		if (values == null) {
			throw new IllegalArgumentException("Key '" + key + "' does not match template '" + this.template + "'");
		}
		return values;
	}

	private @Nullable Map<String, String> tryParse(String stored) {
		String key = stored;
		if (isSharded()) {
			int hash = stored.lastIndexOf('#');
			if (hash < 0 || hash == stored.length() - 1
					|| !stored.substring(hash + 1).chars().allMatch((c) -> c >= '0' && c <= '9')) {
				return null;
			}
			key = stored.substring(0, hash);
		}
		Map<String, String> values = new LinkedHashMap<>();
		int position = 0;
		for (int i = 0; i < this.segments.size(); i++) {
			Segment segment = this.segments.get(i);
			if (segment instanceof Literal literal) {
				if (!key.startsWith(literal.text(), position)) {
					return null;
				}
				position += literal.text().length();
				continue;
			}
			int end;
			if (i + 1 == this.segments.size()) {
				end = key.length();
			}
			else {
				end = key.indexOf(((Literal) this.segments.get(i + 1)).text(), position);
				if (end < 0) {
					return null;
				}
			}
			values.put(((Variable) segment).name(), key.substring(position, end));
			position = end;
		}
		return (position == key.length()) ? values : null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof KeyTemplate that) && this.template.equals(that.template) && this.shards == that.shards;
	}

	@Override
	public int hashCode() {
		return this.template.hashCode() * 31 + this.shards;
	}

	@Override
	public String toString() {
		return this.template;
	}

	private sealed interface Segment permits Literal, Variable {

	}

	private record Literal(String text) implements Segment {
	}

	private record Variable(String name) implements Segment {
	}

}
