package dev.ddbkit.mapping.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.schema.AccessPath;
import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A rendered key condition on one access path: equality on the partition key and an
 * optional sort key condition. {@link #isEmpty()} marks a condition that no key can
 * satisfy (e.g. {@code BETWEEN} with the bounds reversed), which is answered without a
 * request, as DynamoDB would reject it.
 *
 * @param path the table or index queried
 * @param partitionValue the rendered partition key, without shard suffix
 * @param sort the sort key condition, {@code null} for the whole partition
 * @param empty whether the condition matches nothing
 */
public record KeyCondition(AccessPath path, String partitionValue, @Nullable SortKeyCondition sort, boolean empty) {

	/**
	 * The conditions to send for this compiled condition (whose partition value has no
	 * shard suffix): this one when the path's partition key is not sharded, else one per
	 * shard, in shard order, each on the partition value with its shard suffix
	 * ({@link dev.ddbkit.mapping.schema.KeyTemplate#shardKey(String, int)}).
	 * @return the conditions, at least one
	 */
	public List<KeyCondition> shardConditions() {
		if (!this.path.partitionKey().isSharded()) {
			return List.of(this);
		}
		List<KeyCondition> conditions = new ArrayList<>();
		for (int shard = 0; shard < this.path.partitionKey().shards(); shard++) {
			conditions.add(new KeyCondition(this.path, this.path.partitionKey().shardKey(this.partitionValue, shard),
					this.sort, this.empty));
		}
		return conditions;
	}

	/** The {@code KeyConditionExpression}, on {@code #pk} and {@code #sk}. */
	public String expression() {
		return (this.sort != null) ? "#pk = :pk AND " + this.sort.expression() : "#pk = :pk";
	}

	/** The expression attribute names. */
	public Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("#pk", this.path.partitionAttribute());
		if (this.sort != null && this.path.sortAttribute() != null) {
			names.put("#sk", this.path.sortAttribute());
		}
		return names;
	}

	/** The expression attribute values. */
	public Map<String, AttributeValue> values() {
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		values.put(":pk", AttributeValue.createS(this.partitionValue));
		if (this.sort != null) {
			values.putAll(this.sort.values());
		}
		return values;
	}

	@Override
	public String toString() {
		String condition = this.path.partitionAttribute() + " = '" + this.partitionValue + "'";
		if (this.sort != null) {
			condition += " AND " + this.sort.toString().replace("#sk", String.valueOf(this.path.sortAttribute()));
		}
		return this.path.displayName() + ": " + condition;
	}

}
