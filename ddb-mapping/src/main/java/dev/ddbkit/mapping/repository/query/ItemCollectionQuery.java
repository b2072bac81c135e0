package dev.ddbkit.mapping.repository.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.schema.EntitySchema;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * A derived query returning the item collection of one partition as a sealed type, e.g.
 * {@code List<Purchase> findByPurchaseId(String id)} where {@code Purchase} permits
 * {@code Header} and {@code Line}: one Query of the partition, each item decoded by its
 * entity type attribute into the permitted subtype
 * ({@link DynamoOperations#queryCollection}), items of other types dropped. Returns a
 * {@code List} or a {@code Stream} (over the items read), in sort key order unless the
 * name orders descending; {@code Top}/{@code First} cap the result.
 * <p>
 * Planned at start-up ({@link #check}): every permitted subclass must be an entity of the
 * same table with the same partition key template, and the method may only bind the
 * partition key by equality.
 */
public final class ItemCollectionQuery implements RepositoryQuery {

	private final DynamoQueryMethod method;

	private final PartTree tree;

	private final QueryPlan plan;

	private final EntitySchema<?> schema;

	private final DynamoOperations operations;

	private final Class<?> sealedType;

	/**
	 * Creates the query.
	 * @param method the query method
	 * @param tree its parsed name
	 * @param plan its plan
	 * @param schema the repository's entity, one of the permitted subclasses
	 * @param operations the template
	 * @throws UnservableQueryException when the method cannot return the item collection
	 */
	public ItemCollectionQuery(DynamoQueryMethod method, PartTree tree, QueryPlan plan, EntitySchema<?> schema,
			DynamoOperations operations) {
		this.method = method;
		this.tree = tree;
		this.plan = plan;
		this.schema = schema;
		this.operations = operations;
		this.sealedType = method.getReturnedObjectType();
		check();
	}

	/**
	 * Whether a method returns an item collection: its element type is a sealed type the
	 * repository's entity implements.
	 * @param method the query method
	 * @param entity the repository's entity class
	 * @return whether {@link ItemCollectionQuery} serves it
	 */
	public static boolean returnsItemCollection(DynamoQueryMethod method, Class<?> entity) {
		Class<?> returned = method.getReturnedObjectType();
		return returned != entity && returned.isSealed() && returned.isAssignableFrom(entity);
	}

	private void check() {
		String name = this.sealedType.getSimpleName();
		List<String> problems = new ArrayList<>();
		for (Class<?> member : this.sealedType.getPermittedSubclasses()) {
			if (!AnnotatedElementUtils.hasAnnotation(member, DynamoEntity.class)) {
				problems.add(member.getSimpleName() + " is not a @DynamoEntity");
				continue;
			}
			EntitySchema<?> other = this.operations.getMappingContext().getRequiredEntitySchema(member);
			if (!other.getTableName().equals(this.schema.getTableName())) {
				problems.add(member.getSimpleName() + " is stored in table " + other.getTableName() + ", not "
						+ this.schema.getTableName());
			}
			else if (!other.getPartitionKey().equals(this.schema.getPartitionKey())) {
				problems.add(member.getSimpleName() + " has partition key " + other.getPartitionKey() + ", not "
						+ this.schema.getPartitionKey());
			}
		}
		if (this.plan.scan() || this.plan.path().indexName() != null || this.plan.range() != null
				|| !this.plan.filters().isEmpty()
				|| this.plan.equalities().size() != this.plan.path().partitionKey().variables().size()) {
			problems.add("the method must bind exactly the table partition key " + this.schema.getPartitionKey()
					+ " by equality (no sort key, index, filter or scan), as it reads the whole partition");
		}
		if (this.plan.consistentRead()) {
			problems.add("@ConsistentRead is not supported: item collections are read eventually consistent");
		}
		if (!this.method.isCollectionQuery() && !this.method.isStreamQuery() || this.method.isSliceQuery()
				|| this.method.isPageQuery() || this.method.isScrollQuery() || this.tree.isDelete()) {
			problems.add("an item collection is returned as a List or a Stream only");
		}
		if (!problems.isEmpty()) {
			throw new UnservableQueryException("returns the item collection sealed type " + name
					+ ", whose permitted subclasses must be entities of one table sharing the partition key: "
					+ String.join("; ", problems));
		}
	}

	@Override
	public Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		Map<String, Object> partition = this.plan.bind(this.schema.getType(), accessor).build().getEqualities();
		List<?> items = this.operations.queryCollection(this.schema.getType(), partition).ofType(this.sealedType);
		if (!this.plan.scanForward()) {
			items = new ArrayList<>(items);
			Collections.reverse(items);
		}
		Integer max = this.tree.getMaxResults();
		if (max != null && max < items.size()) {
			items = items.subList(0, max);
		}
		return this.method.isStreamQuery() ? items.stream() : List.copyOf(items);
	}

	@Override
	public DynamoQueryMethod getQueryMethod() {
		return this.method;
	}

}
