package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Collects one page of a Query or Scan from the items read in order.
 * <p>
 * Rules (DynamoDB API Reference, "Query", "Scan"; Developer Guide "Paginating table query
 * results"): a call reads until it has read {@code Limit} items or 1 MB of item data,
 * whichever comes first, counting items before the filter; the item that reaches the
 * limit is part of the page; when the read stops on either limit, LastEvaluatedKey names
 * the last item read, even if nothing follows.
 */
final class PageReader {

	private final int limit;

	private final long maxBytes;

	private final @Nullable DynamoCondition filter;

	private final UnaryOperator<Item> output;

	private final boolean countOnly;

	private final List<Item> items = new ArrayList<>();

	private int count;

	private int scanned;

	private long bytes;

	private @Nullable Item stoppedAt;

	PageReader(@Nullable Integer limit, long maxBytes, @Nullable DynamoCondition filter, UnaryOperator<Item> output,
			boolean countOnly) {
		this.limit = (limit != null) ? limit : Integer.MAX_VALUE;
		this.maxBytes = maxBytes;
		this.filter = filter;
		this.output = output;
		this.countOnly = countOnly;
	}

	/**
	 * Reads one item.
	 * @return whether the page has room for more
	 */
	boolean read(StoredItem stored) {
		Item entry = stored.item();
		this.scanned++;
		this.bytes += stored.size();
		if (this.filter == null || this.filter.test(entry)) {
			this.count++;
			if (!this.countOnly) {
				this.items.add(this.output.apply(entry));
			}
		}
		if (this.scanned >= this.limit || this.bytes >= this.maxBytes) {
			this.stoppedAt = entry;
			return false;
		}
		return true;
	}

	/** The item the page stopped on, or {@code null} when it ran to the end. */
	@Nullable Item stoppedAt() {
		return this.stoppedAt;
	}

	/** The bytes read so far (before the filter), for capacity. */
	long bytesRead() {
		return this.bytes;
	}

	Page page(@Nullable Map<String, Value> lastEvaluatedKey, CapacityBreakdown capacity) {
		return new Page(List.copyOf(this.items), this.count, this.scanned, lastEvaluatedKey, capacity);
	}

}
