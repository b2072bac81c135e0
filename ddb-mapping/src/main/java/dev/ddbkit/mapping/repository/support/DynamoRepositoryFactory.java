package dev.ddbkit.mapping.repository.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.ddbkit.mapping.DynamoQueryMethodException;
import dev.ddbkit.mapping.annotation.AllowScan;
import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.observability.DynamoMetrics;
import dev.ddbkit.mapping.repository.query.DynamoQueryCreator;
import dev.ddbkit.mapping.repository.query.DynamoQueryMethod;
import dev.ddbkit.mapping.repository.query.ItemCollectionQuery;
import dev.ddbkit.mapping.repository.query.KeyConditionPlanner;
import dev.ddbkit.mapping.repository.query.PartTreeDynamoQuery;
import dev.ddbkit.mapping.repository.query.QueryPlan;
import dev.ddbkit.mapping.repository.query.UnservableQueryException;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * Creates DynamoDB repositories. Before a repository exists, every query method is parsed
 * and planned; all methods that cannot run as a key condition fail together in one
 * {@link DynamoQueryMethodException} that lists the entity's access patterns.
 */
public class DynamoRepositoryFactory extends RepositoryFactorySupport {

	private static final Logger logger = LoggerFactory.getLogger(DynamoRepositoryFactory.class);

	private final DynamoOperations operations;

	private final Map<Method, RepositoryQuery> queries = new ConcurrentHashMap<>();

	/**
	 * Creates the factory.
	 * @param operations the template the repositories use
	 */
	public DynamoRepositoryFactory(DynamoOperations operations) {
		this.operations = operations;
	}

	@Override
	public DynamoEntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
		EntitySchema<?> schema = this.operations.getMappingContext().getRequiredEntitySchema(metadata.getDomainType());
		return new DynamoEntityInformation<>(schema, metadata.getIdType(), this.operations.getMappingContext());
	}

	@Override
	protected Object getTargetRepository(RepositoryInformation information) {
		DynamoEntityInformation<?, ?> entity = getEntityInformation(information);
		List<String> problems = new ArrayList<>();
		String idProblem = entity.verifyIdType();
		if (idProblem != null) {
			problems.add(idProblem);
		}
		ProjectionFactory projections = new SpelAwareProxyProjectionFactory();
		for (Method method : information.getQueryMethods()) {
			try {
				this.queries.put(method, createQuery(method, information, projections));
			}
			catch (UnservableQueryException | PropertyReferenceException ex) {
				problems.add(signature(method) + ": " + ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new DynamoQueryMethodException(information.getRepositoryInterface(), problems,
					entity.getSchema().describeAccessPaths());
		}
		boolean scanAllowed = AnnotatedElementUtils.hasAnnotation(information.getRepositoryInterface(),
				AllowScan.class);
		return new SimpleDynamoRepository<>(entity, this.operations, scanAllowed);
	}

	@Override
	protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
		return SimpleDynamoRepository.class;
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.@Nullable Key key,
			ValueExpressionDelegate delegate) {
		return Optional.of(this::resolveQuery);
	}

	private RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
			NamedQueries namedQueries) {
		RepositoryQuery query = this.queries.get(method);
		if (query != null) {
			return query;
		}
		try {
			return createQuery(method, metadata, factory);
		}
		catch (UnservableQueryException ex) {
			throw new DynamoQueryMethodException(metadata.getRepositoryInterface(),
					List.of(signature(method) + ": " + ex.getMessage()),
					this.operations.getMappingContext()
						.getRequiredEntitySchema(metadata.getDomainType())
						.describeAccessPaths());
		}
	}

	private RepositoryQuery createQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
		DynamoQueryMethod queryMethod = new DynamoQueryMethod(method, metadata, factory);
		if (queryMethod.isPageQuery() && !queryMethod.isCountAllowed()) {
			throw new UnservableQueryException("Page is not supported: it needs a count of every match, which "
					+ "DynamoDB only gives by reading them all; use Slice or Window, or annotate the method with "
					+ "@AllowCount to pay for a Select=COUNT query per page");
		}
		if (!queryMethod.isPageQuery() && queryMethod.isCountAllowed()) {
			throw new UnservableQueryException("@AllowCount applies to methods that return a Page only");
		}
		EntitySchema<?> schema = this.operations.getMappingContext().getRequiredEntitySchema(metadata.getDomainType());
		PartTree tree = new PartTree(method.getName(), metadata.getDomainType());
		QueryPlan plan = KeyConditionPlanner.plan(schema, new DynamoQueryCreator(tree).createQuery(),
				queryMethod.getRequestedPath(), queryMethod.isConsistentRead(), queryMethod.isScanAllowed());
		if (queryMethod.getParameters().hasSortParameter()) {
			checkSortable(plan);
		}
		if (queryMethod.isScrollQuery()) {
			checkScrollable(plan, schema);
		}
		RepositoryQuery query = ItemCollectionQuery.returnsItemCollection(queryMethod, schema.getType())
				? new ItemCollectionQuery(queryMethod, tree, plan, schema, this.operations)
				: new PartTreeDynamoQuery(queryMethod, tree, plan, schema, this.operations);
		String name = queryMethod.getLabel();
		String description = plan.describe()
				+ (queryMethod.isPageQuery() ? "; Page total by Select=COUNT over every match" : "")
				+ ((query instanceof ItemCollectionQuery)
						? "; whole item collection as " + queryMethod.getReturnedObjectType().getSimpleName() : "");
		if (plan.scan() || !plan.filters().isEmpty()) {
			logger.info("{} -> {}: DynamoDB reads and bills the items the filter drops (meters {} and {})", name,
					description, DynamoMetrics.FILTERED_QUERIES, DynamoMetrics.FILTERED_ITEMS);
		}
		else {
			logger.debug("{} -> {}", name, description);
		}
		this.operations.getMappingContext()
			.getAccessPatterns()
			.register(metadata.getRepositoryInterface(), queryMethod.getSignature(), schema, description);
		return query;
	}

	/**
	 * A {@code Sort} parameter can only choose the sort key direction: a Scan has no
	 * order and a path whose sort key has no variable has nothing to choose by.
	 */
	private static void checkSortable(QueryPlan plan) {
		if (plan.scan()) {
			throw new UnservableQueryException(
					"a Sort parameter cannot order a Scan: it returns items in no particular order");
		}
		if (plan.path().sortVariables().isEmpty()) {
			throw new UnservableQueryException("a Sort parameter can only choose the sort key direction, and the "
					+ plan.path().displayName() + " has no sort key variable (" + plan.path().describe() + ")");
		}
	}

	/**
	 * A {@code Window} position is one entity's keys, from which every shard of a sharded
	 * partition key continues: exact only when no two entities share a sort key, so the
	 * path's sort key must end in a table key variable (an identifier such as
	 * {@code {openedAt}#{ticketId}}).
	 */
	private static void checkScrollable(QueryPlan plan, EntitySchema<?> schema) {
		AccessPath path = plan.path();
		List<String> sortVariables = path.sortVariables();
		if (plan.scan() || !path.partitionKey().isSharded() || (!sortVariables.isEmpty()
				&& schema.getTableKeyVariables().contains(sortVariables.get(sortVariables.size() - 1)))) {
			return;
		}
		throw new UnservableQueryException("a Window cannot scroll the " + path.displayName() + " written over "
				+ path.partitionKey().shards() + " shards: its sort key does not end in a table key variable "
				+ new TreeSet<>(schema.getTableKeyVariables()) + " (" + path.describe()
				+ "), so entities of different shards can share a sort key and a position cannot tell which of them "
				+ "were returned; end the index sort key with an identifier (e.g. {openedAt}#{ticketId}), or "
				+ "return a List, Stream or Slice");
	}

	private static String signature(Method method) {
		StringBuilder signature = new StringBuilder(method.getName()).append('(');
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			signature.append((i > 0) ? ", " : "").append(types[i].getSimpleName());
		}
		return signature.append(')').toString();
	}

}
