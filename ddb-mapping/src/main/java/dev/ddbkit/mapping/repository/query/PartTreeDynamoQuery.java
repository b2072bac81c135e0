package dev.ddbkit.mapping.repository.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.query.DynamoCursor;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Window;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.DtoInstantiatingConverter;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.PartTree;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs a derived query method from its start-up {@link QueryPlan}: binds the arguments,
 * then executes as the return type asks (entity/{@code Optional}, {@code List}, lazy
 * {@code Stream}, {@code Slice}, {@code Window} with a {@link KeysetScrollPosition}
 * carrying the {@code LastEvaluatedKey}), or as {@code exists}, {@code count} or
 * {@code delete}.
 */
public class PartTreeDynamoQuery implements RepositoryQuery {

	private static final EntityInstantiators INSTANTIATORS = new EntityInstantiators();

	private final DynamoQueryMethod method;

	private final PartTree tree;

	private final QueryPlan plan;

	private final EntitySchema<?> schema;

	private final DynamoOperations operations;

	/**
	 * Creates the query.
	 * @param method the query method
	 * @param tree its parsed name
	 * @param plan its plan
	 * @param schema the entity
	 * @param operations the template
	 */
	public PartTreeDynamoQuery(DynamoQueryMethod method, PartTree tree, QueryPlan plan, EntitySchema<?> schema,
			DynamoOperations operations) {
		this.method = method;
		this.tree = tree;
		this.plan = plan;
		this.schema = schema;
		this.operations = operations;
	}

	/** The plan, for reports. */
	public QueryPlan getPlan() {
		return this.plan;
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		Object result = run(accessor);
		ReturnedType returned = processor.getReturnedType();
		if (result == null || !returned.isProjecting() || this.tree.isCountProjection()
				|| this.tree.isExistsProjection() || this.tree.isDelete()) {
			return result;
		}
		// DTOs are built from the entity's properties; interfaces are proxies over the
		// entity
		Converter<Object, Object> converter = returned.isDtoProjection() ? new DtoInstantiatingConverter(
				returned.getReturnedType(), this.operations.getMappingContext(), INSTANTIATORS) : (source) -> source;
		return processor.processResult(result, converter);
	}

	private @Nullable Object run(ParametersParameterAccessor accessor) {
		DynamoQuery.Builder<?> query = this.plan.bind(this.schema.getType(), accessor);
		int limit = limit(accessor.getLimit());
		if (this.tree.isExistsProjection()) {
			return !this.operations.query(query.limit(1).build()).items().isEmpty();
		}
		if (this.tree.isCountProjection()) {
			return this.operations.count(query.build());
		}
		if (this.tree.isDelete()) {
			return delete(query.limit(limit).build());
		}
		if (this.method.isScrollQuery()) {
			return window(query, accessor.getScrollPosition(), limit);
		}
		if (this.method.isSliceQuery()) {
			return slice(query, accessor.getPageable());
		}
		if (this.method.isStreamQuery()) {
			return this.operations.stream(query.limit(limit).build());
		}
		if (this.method.isCollectionQuery()) {
			return this.operations.query(query.limit(limit).build()).items();
		}
		List<?> items = this.operations.query(query.limit((limit == 1) ? 1 : 2).build()).items();
		if (items.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(this.method.getSignature() + " found more than one "
					+ this.schema.getTypeName() + "; return a List or use findFirstBy", 1);
		}
		return items.isEmpty() ? null : items.get(0);
	}

	@Override
	public DynamoQueryMethod getQueryMethod() {
		return this.method;
	}

	private int limit(@Nullable Limit parameter) {
		Integer max = this.tree.getMaxResults();
		int limit = (max != null) ? max : 0;
		if (parameter != null && parameter.isLimited()) {
			limit = (limit == 0) ? parameter.max() : Math.min(limit, parameter.max());
		}
		return limit;
	}

	private Object delete(DynamoQuery<?> query) {
		List<?> items;
		try (Stream<?> all = this.operations.stream(query)) {
			items = all.toList();
		}
		items.forEach(this.operations::delete);
		Class<?> returnType = this.method.getJavaMethod().getReturnType();
		if (returnType == long.class || returnType == Long.class) {
			return (long) items.size();
		}
		if (returnType == int.class || returnType == Integer.class) {
			return items.size();
		}
		return (returnType == void.class) ? null : items;
	}

	private Window<?> window(DynamoQuery.Builder<?> query, @Nullable ScrollPosition position, int limit) {
		if (position != null && !(position instanceof KeysetScrollPosition)) {
			throw new InvalidDataAccessApiUsageException(this.method.getSignature()
					+ " scrolls by key only: pass ScrollPosition.keyset() or a position from a previous Window");
		}
		KeysetScrollPosition keyset = (KeysetScrollPosition) position;
		if (keyset != null && keyset.scrollsBackward()) {
			throw new InvalidDataAccessApiUsageException(
					"Backward scrolling is not supported; " + "declare a method with the opposite OrderBy direction");
		}
		if (keyset != null && !keyset.isInitial()) {
			Map<String, AttributeValue> start = new LinkedHashMap<>();
			keyset.getKeys().forEach((name, value) -> start.put(name, AttributeValue.fromS(String.valueOf(value))));
			query.cursor(DynamoCursor.encode(start));
		}
		DynamoPage<?> page = this.operations.query(query.limit(limit).build());
		List<?> items = page.items();
		AccessPath path = this.plan.path();
		return Window.from(items, (index) -> ScrollPosition.forward(keyOf(items.get(index), path)), page.hasNext());
	}

	private Map<String, Object> keyOf(Object entity, AccessPath path) {
		Map<String, String> keys = this.schema.renderKeyAttributes(entity);
		Map<String, Object> position = new LinkedHashMap<>();
		position.put(EntitySchema.PARTITION_KEY_ATTRIBUTE, keys.get(EntitySchema.PARTITION_KEY_ATTRIBUTE));
		position.put(EntitySchema.SORT_KEY_ATTRIBUTE, keys.get(EntitySchema.SORT_KEY_ATTRIBUTE));
		if (path.indexName() != null) {
			position.put(path.partitionAttribute(), keys.get(path.partitionAttribute()));
			if (path.sortAttribute() != null) {
				position.put(path.sortAttribute(), keys.get(path.sortAttribute()));
			}
		}
		return position;
	}

	private SliceImpl<?> slice(DynamoQuery.Builder<?> query, Pageable pageable) {
		if (pageable.getSort().isSorted()) {
			throw new InvalidDataAccessApiUsageException(
					"A Pageable cannot sort a DynamoDB query; use OrderBy in the method name");
		}
		if (pageable.isUnpaged()) {
			List<Object> all = List.copyOf(this.operations.query(query.build()).items());
			return new SliceImpl<>(all, pageable, false);
		}
		// DynamoDB cannot skip: earlier pages are read and dropped; Window pages by key
		List<Object> window;
		try (Stream<?> all = this.operations.stream(query.build())) {
			window = all.skip(pageable.getOffset()).limit(pageable.getPageSize() + 1L).map(Object.class::cast).toList();
		}
		boolean hasNext = window.size() > pageable.getPageSize();
		return new SliceImpl<>(hasNext ? window.subList(0, pageable.getPageSize()) : window, pageable, hasNext);
	}

}
