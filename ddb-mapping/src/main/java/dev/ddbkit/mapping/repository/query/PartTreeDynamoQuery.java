package dev.ddbkit.mapping.repository.query;

import java.util.List;
import java.util.stream.Stream;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.DtoInstantiatingConverter;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * Runs a derived query method from its start-up {@link QueryPlan}: binds the arguments,
 * then executes as the return type asks (entity/{@code Optional}, {@code List}, lazy
 * {@code Stream}, {@code Slice}, {@code Page} with {@code @AllowCount}, {@code Window}
 * through {@link WindowExecution}), or as {@code exists}, {@code count} or
 * {@code delete}. A {@code Sort} argument (or a {@code Pageable}'s sort) may only choose
 * the sort key direction; a {@code Pageable} pages every collection shape; a
 * {@code Limit} argument caps the results like {@code Top}, the smaller wins.
 */
public class PartTreeDynamoQuery implements RepositoryQuery {

	private static final EntityInstantiators INSTANTIATORS = new EntityInstantiators();

	private final DynamoQueryMethod method;

	private final PartTree tree;

	private final QueryPlan plan;

	private final EntitySchema<?> schema;

	private final DynamoOperations operations;

	private final WindowExecution windows;

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
		this.windows = new WindowExecution(operations, schema, plan.path());
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
		boolean forward = this.plan.scanForward(accessor.getSort(), this.tree.getSort().isSorted());
		DynamoQuery.Builder<?> query = this.plan.bind(this.schema.getType(), accessor)
			.scanForward(forward)
			.label(this.method.getLabel());
		// getLimit() also answers a Pageable's page size, which pages rather than caps
		int limit = limit(this.method.getParameters().hasLimitParameter() ? accessor.getLimit() : null);
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
			return this.windows.window(query, accessor.getScrollPosition(), limit);
		}
		Pageable pageable = accessor.getPageable();
		if (this.method.isPageQuery()) {
			List<Object> content = read(query, limit, pageable, 0);
			return PageableExecutionUtils.getPage(content, pageable, () -> total(query, limit));
		}
		if (this.method.isSliceQuery()) {
			List<Object> content = read(query, limit, pageable, 1);
			boolean hasNext = pageable.isPaged() && content.size() > pageable.getPageSize();
			return new SliceImpl<>(hasNext ? content.subList(0, pageable.getPageSize()) : content, pageable, hasNext);
		}
		if (this.method.isStreamQuery()) {
			Stream<?> stream = this.operations.stream(query.limit(limit).build());
			return pageable.isPaged() ? stream.skip(pageable.getOffset()).limit(pageable.getPageSize()) : stream;
		}
		if (this.method.isCollectionQuery()) {
			return read(query, limit, pageable, 0);
		}
		List<?> items = this.operations.query(query.limit((limit == 1) ? 1 : 2).build()).items();
		if (items.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(this.method.getSignature() + " found more than one "
					+ this.schema.getTypeName() + "; return a List or use findFirstBy", 1);
		}
		return items.isEmpty() ? null : items.get(0);
	}

	/**
	 * The items of a page, with {@code extra} more to tell whether another follows.
	 * DynamoDB cannot skip: the items before the page are read and dropped
	 * ({@code Window} pages by key instead).
	 */
	private List<Object> read(DynamoQuery.Builder<?> query, int limit, Pageable pageable, int extra) {
		if (pageable.isUnpaged()) {
			return List.copyOf(this.operations.query(query.limit(limit).build()).items());
		}
		try (Stream<?> all = this.operations.stream(query.limit(limit).build())) {
			return all.skip(pageable.getOffset())
				.limit(pageable.getPageSize() + (long) extra)
				.map(Object.class::cast)
				.toList();
		}
	}

	/**
	 * A page's total: Select=COUNT over every page, capped by {@code Top}/{@code First}.
	 */
	private long total(DynamoQuery.Builder<?> query, int limit) {
		long count = this.operations.count(query.limit(0).cursor(null).build());
		return (limit > 0) ? Math.min(count, limit) : count;
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

}
