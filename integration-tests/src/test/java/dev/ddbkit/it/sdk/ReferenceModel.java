package dev.ddbkit.it.sdk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A deliberately simple DynamoDB table: one {@link TreeMap} per partition, ordered as
 * DynamoDB orders sort keys (S by UTF-8 bytes unsigned, N numerically, B by unsigned
 * bytes). The randomized suite replays every operation on it and on the backend and
 * compares the answers.
 */
final class ReferenceModel {

	private final Comparator<AttributeValue> order;

	private final Map<String, TreeMap<AttributeValue, Map<String, AttributeValue>>> partitions = new HashMap<>();

	ReferenceModel(ScalarAttributeType sortKeyType) {
		this.order = order(sortKeyType);
	}

	@Nullable Map<String, AttributeValue> get(String pk, AttributeValue sk) {
		TreeMap<AttributeValue, Map<String, AttributeValue>> partition = this.partitions.get(pk);
		return (partition != null) ? partition.get(sk) : null;
	}

	void put(Map<String, AttributeValue> item) {
		this.partitions.computeIfAbsent(item.get("pk").s(), (key) -> new TreeMap<>(this.order))
			.put(item.get("sk"), Map.copyOf(item));
	}

	@Nullable Map<String, AttributeValue> delete(String pk, AttributeValue sk) {
		TreeMap<AttributeValue, Map<String, AttributeValue>> partition = this.partitions.get(pk);
		return (partition != null) ? partition.remove(sk) : null;
	}

	/**
	 * The items of a partition whose sort key passes the condition, in the requested
	 * direction.
	 */
	List<Map<String, AttributeValue>> query(String pk, Predicate<AttributeValue> sortKeyCondition, boolean forward) {
		TreeMap<AttributeValue, Map<String, AttributeValue>> partition = this.partitions.get(pk);
		if (partition == null) {
			return List.of();
		}
		List<Map<String, AttributeValue>> result = new ArrayList<>();
		(forward ? partition : partition.descendingMap()).forEach((sk, item) -> {
			if (sortKeyCondition.test(sk)) {
				result.add(item);
			}
		});
		return result;
	}

	List<Map<String, AttributeValue>> all() {
		List<Map<String, AttributeValue>> result = new ArrayList<>();
		this.partitions.values().forEach((partition) -> result.addAll(partition.values()));
		return result;
	}

	int compare(AttributeValue left, AttributeValue right) {
		return this.order.compare(left, right);
	}

	static Comparator<AttributeValue> order(ScalarAttributeType type) {
		return switch (type) {
			case S -> (left, right) -> Arrays.compareUnsigned(left.s().getBytes(StandardCharsets.UTF_8),
					right.s().getBytes(StandardCharsets.UTF_8));
			case N -> Comparator.comparing((AttributeValue value) -> new BigDecimal(value.n()));
			case B ->
				(left, right) -> Arrays.compareUnsigned(left.b().asByteArrayUnsafe(), right.b().asByteArrayUnsafe());
			default -> throw new IllegalArgumentException("not a key type: " + type);
		};
	}

}
