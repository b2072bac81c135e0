package dev.ddbkit.mapping.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The access-pattern report of an application: per entity its table, key templates and
 * indexes; per repository method the path, key condition and filter it was planned onto
 * at start-up. Repositories register their methods here as they are created; render with
 * {@link #toMarkdown()} or {@link #toText()}.
 */
public final class DynamoAccessPatterns {

	private final Supplier<List<EntitySchema<?>>> schemas;

	private final List<MethodPattern> methods = new CopyOnWriteArrayList<>();

	DynamoAccessPatterns(Supplier<List<EntitySchema<?>>> schemas) {
		this.schemas = schemas;
	}

	/**
	 * Records how a repository method runs.
	 * @param repository the repository interface
	 * @param signature the method, e.g. {@code findByStatus(String)}
	 * @param schema the entity
	 * @param plan the plan, e.g. {@code index GSI1: GSI1PK = STATUS#{status} (ascending)}
	 */
	public void register(Class<?> repository, String signature, EntitySchema<?> schema, String plan) {
		this.methods.removeIf((m) -> m.repository().equals(repository.getName()) && m.signature().equals(signature));
		this.methods.add(new MethodPattern(repository.getName(), signature, schema.getTypeName(), plan));
	}

	/** The registered methods, by entity, repository and method. */
	public List<MethodPattern> getMethods() {
		List<MethodPattern> sorted = new ArrayList<>(this.methods);
		sorted.sort(Comparator.comparing(MethodPattern::entity)
			.thenComparing(MethodPattern::repository)
			.thenComparing(MethodPattern::signature));
		return sorted;
	}

	/**
	 * The report as Markdown: one section per entity with its key templates and a table
	 * of its methods.
	 */
	public String toMarkdown() {
		StringBuilder markdown = new StringBuilder("# Access patterns\n");
		for (EntitySchema<?> schema : sortedSchemas()) {
			markdown.append("\n## ").append(schema.getTypeName()).append("\n\n");
			markdown.append("Table `")
				.append(schema.getTableName())
				.append("`, class `")
				.append(schema.getType().getName())
				.append("`\n\n");
			markdown.append("| path | partition key | sort key |\n| --- | --- | --- |\n");
			for (AccessPath path : schema.getAccessPaths()) {
				markdown.append("| ")
					.append(path.displayName())
					.append(" | `")
					.append(path.partitionAttribute())
					.append(" = ")
					.append(path.partitionKey())
					.append('`')
					.append(path.shardNote())
					.append(" | ")
					.append((path.sortKey() != null) ? "`" + path.sortAttribute() + " = " + path.sortKey() + "`" : "")
					.append(" |\n");
			}
			List<MethodPattern> methods = getMethods().stream()
				.filter((m) -> m.entity().equals(schema.getTypeName()))
				.toList();
			if (!methods.isEmpty()) {
				markdown.append("\n| repository method | runs as |\n| --- | --- |\n");
				for (MethodPattern method : methods) {
					markdown.append("| `")
						.append(simpleName(method.repository()))
						.append('.')
						.append(method.signature())
						.append("` | ")
						.append(method.plan().replace("|", "\\|"))
						.append(" |\n");
				}
			}
		}
		return markdown.toString();
	}

	/** The report as plain text, one line per path and method. */
	public String toText() {
		StringBuilder text = new StringBuilder();
		for (EntitySchema<?> schema : sortedSchemas()) {
			text.append(schema.getTypeName())
				.append(" (table ")
				.append(schema.getTableName())
				.append(")")
				.append(schema.describeAccessPaths())
				.append('\n');
			for (MethodPattern method : getMethods()) {
				if (method.entity().equals(schema.getTypeName())) {
					text.append("   ")
						.append(simpleName(method.repository()))
						.append('.')
						.append(method.signature())
						.append(" -> ")
						.append(method.plan())
						.append('\n');
				}
			}
		}
		return text.toString();
	}

	private List<EntitySchema<?>> sortedSchemas() {
		List<EntitySchema<?>> sorted = new ArrayList<>(this.schemas.get());
		sorted.sort(Comparator.comparing(EntitySchema::getTypeName));
		return sorted;
	}

	private static String simpleName(String className) {
		return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
	}

	/**
	 * How one repository method runs.
	 *
	 * @param repository the repository interface name
	 * @param signature the method
	 * @param entity the entity type name
	 * @param plan the path, key condition and filter
	 */
	public record MethodPattern(String repository, String signature, String entity, String plan) {
	}

}
