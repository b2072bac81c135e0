package dev.ddbkit.it.backend;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The backends of this JVM, in the order the suites run on them.
 * {@code -Dddbkit.it.backends=engine,dynamodb-local} narrows a run to the named backends.
 */
public final class DynamoBackends {

	/**
	 * Everything DynamoDB Local (and LocalStack, which embeds it) does of what the suites
	 * check.
	 */
	private static final Set<DynamoCapability> DYNAMODB_LOCAL = EnumSet.of(DynamoCapability.BATCH_OPERATIONS,
			DynamoCapability.TRANSACTIONS, DynamoCapability.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
			DynamoCapability.UPDATE_ADD_DELETE, DynamoCapability.PARALLEL_SCAN, DynamoCapability.SELECT_COUNT,
			DynamoCapability.EXPRESSION_VALIDATION, DynamoCapability.UPDATED_RETURN_VALUES_LIST_EVERY_SET_PATH,
			DynamoCapability.LEGACY_PARAMETERS, DynamoCapability.CAPACITY_ACCOUNTING,
			DynamoCapability.GSI_BACKFILL_STATUS, DynamoCapability.TABLE_NAME_VALIDATION);

	/**
	 * What our engine does today; each capability missing here (and present in
	 * {@link #DYNAMODB_LOCAL}) is an open gap of the engine.
	 */
	private static final Set<DynamoCapability> ENGINE = engine();

	private static final List<DynamoBackend> ALL = List.of(new EngineBackend(ENGINE),
			new EngineHttpBackend(with(ENGINE, DynamoCapability.HTTP)),
			new DynamoDbLocalEmbeddedBackend(DYNAMODB_LOCAL),
			new DynamoDbLocalHttpBackend(with(DYNAMODB_LOCAL, DynamoCapability.HTTP)),
			new LocalStackBackend(with(with(DYNAMODB_LOCAL, DynamoCapability.HTTP), DynamoCapability.TAGGING)));

	private DynamoBackends() {
	}

	/** All known backends, selected or not. */
	public static List<DynamoBackend> all() {
		return ALL;
	}

	/** The backends this run uses. */
	public static List<DynamoBackend> selected() {
		String property = System.getProperty("ddbkit.it.backends", "").trim();
		if (property.isEmpty()) {
			return ALL;
		}
		Set<String> names = Arrays.stream(property.split(",")).map(String::trim).collect(Collectors.toSet());
		return ALL.stream().filter((backend) -> names.contains(backend.name())).toList();
	}

	/** Whether a display name is a backend's name. */
	static boolean isBackendName(String name) {
		return ALL.stream().anyMatch((backend) -> backend.name().equals(name));
	}

	private static Set<DynamoCapability> engine() {
		EnumSet<DynamoCapability> engine = EnumSet.copyOf(DYNAMODB_LOCAL);
		engine.add(DynamoCapability.TRANSACTION_CONDITION_CHECK_COUNTS_AS_ACTION);
		engine.add(DynamoCapability.SERVICE_ERROR_MESSAGES);
		engine.add(DynamoCapability.REJECTS_MIXED_PARAMETER_STYLES);
		engine.add(DynamoCapability.TAGGING);
		engine.add(DynamoCapability.DELETING_STATUS);
		engine.add(DynamoCapability.ITEM_COLLECTION_METRICS);
		return engine;
	}

	private static Set<DynamoCapability> with(Set<DynamoCapability> capabilities, DynamoCapability added) {
		EnumSet<DynamoCapability> result = EnumSet.copyOf(capabilities);
		result.add(added);
		return result;
	}

}
