package dev.ddbkit.engine.client;

import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.operation.Page;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The members a Query or a Scan answer carries for one page. A {@code null} member is
 * left out of the answer (the SDK builders treat {@code null} as not set).
 *
 * @param count the items returned (after the filter)
 * @param scannedCount the items read (before the filter)
 * @param consumedCapacity the capacity, when ReturnConsumedCapacity asks for it
 * @param items the items, {@code null} for Select=COUNT, whose answers carry no
 * {@code Items} member at all (API Reference, Query and Scan, "Select")
 * @param lastEvaluatedKey where the next page starts, {@code null} after the last page
 */
record PageMembers(int count, int scannedCount, @Nullable ConsumedCapacity consumedCapacity,
		@Nullable List<Map<String, AttributeValue>> items, @Nullable Map<String, AttributeValue> lastEvaluatedKey) {

	static PageMembers of(Page page, @Nullable Select select, @Nullable String returnConsumedCapacity) {
		Map<String, Value> lastKey = page.lastEvaluatedKey();
		return new PageMembers(page.count(), page.scannedCount(),
				ConsumedCapacities.of(page.capacity(), returnConsumedCapacity),
				(select != Select.COUNT) ? Requests.fromItems(page.items()) : null,
				(lastKey != null) ? SdkViews.attributes(lastKey) : null);
	}

}
