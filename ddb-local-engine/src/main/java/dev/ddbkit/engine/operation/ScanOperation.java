package dev.ddbkit.engine.operation;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.expression.DynamoProjection;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.storage.PartitionToken;
import dev.ddbkit.engine.storage.StoreKey;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Scan: every item of a table or index, partition by partition in hash order and by sort
 * key inside a partition, one page at a time; with Segment/TotalSegments, only the
 * partitions whose hash falls in the segment's share of the hash range.
 * <p>
 * Source: DynamoDB API Reference, "Scan"; Developer Guide "Parallel scan".
 */
public final class ScanOperation {

	private static final BigInteger HASH_SPACE = BigInteger.ONE.shiftLeft(64);

	private final EngineContext context;

	public ScanOperation(EngineContext context) {
		this.context = context;
	}

	/** One page of the scan. */
	public Page execute(Request request) {
		TableStore table = this.context.catalog().getRequired(request.table());
		ReadTarget target = ReadTarget.of(table, request.indexName(), request.consistentRead());
		ReadRequestSupport.checkLimit(request.limit());
		checkSegments(request.segment(), request.totalSegments());
		ExpressionCompiler compiler = request.expressions()
			.compiler(request.filter() != null || request.projection() != null);
		// A Scan filter may compare key attributes but not read into them.
		DynamoCondition filter = (request.filter() != null)
				? compiler.scanFilter(request.filter(), target.keySchema().attributeNames())
				: request.legacy().filter("ScanFilter", Set.of());
		DynamoProjection projection = (request.projection() != null) ? compiler.projection(request.projection())
				: request.legacy().projection();
		compiler.verifyAllUsed();
		Select select = ReadRequestSupport.select(target, request.select(), projection != null);
		PageReader reader = new PageReader(request.limit(), this.context.settings().maxPageBytes(), filter,
				ReadRequestSupport.output(target, select, projection), select == Select.COUNT);
		ReadTarget.Start start = (request.exclusiveStartKey() != null) ? target.start(request.exclusiveStartKey())
				: null;
		PartitionToken from = (start != null) ? PartitionToken.of(start.partition()) : null;
		int total = (request.totalSegments() != null) ? request.totalSegments() : 1;
		int segment = (request.segment() != null) ? request.segment() : 0;
		Map<Value, Long> bytesByKey = new LinkedHashMap<>();
		for (Map.Entry<PartitionToken, ? extends NavigableMap<StoreKey, StoredItem>> partition : target.data()
			.partitionsFrom(from, true)
			.entrySet()) {
			int partitionSegment = segmentOf(partition.getKey().hash(), total);
			if (partitionSegment < segment) {
				continue;
			}
			if (partitionSegment > segment) {
				break;
			}
			NavigableMap<StoreKey, StoredItem> entries = partition.getValue();
			if (start != null && partition.getKey().equals(from)) {
				entries = entries.tailMap(start.position(), false);
			}
			long before = reader.bytesRead();
			boolean more = readAll(entries, reader);
			// each partition read pays its share of the page
			bytesByKey.merge(partition.getKey().key(), reader.bytesRead() - before, Long::sum);
			if (!more) {
				break;
			}
		}
		Item stoppedAt = reader.stoppedAt();
		return reader.page((stoppedAt != null) ? target.lastEvaluatedKey(stoppedAt) : null,
				target.admitScan(this.context.throughput(), bytesByKey, reader.bytesRead(), request.consistentRead()));
	}

	private static boolean readAll(NavigableMap<StoreKey, StoredItem> entries, PageReader reader) {
		for (StoredItem entry : entries.values()) {
			if (!reader.read(entry)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The segment a partition hash belongs to: equal shares of the unsigned 64-bit range.
	 */
	static int segmentOf(long hash, int totalSegments) {
		if (totalSegments == 1) {
			return 0;
		}
		BigInteger unsigned = new BigInteger(Long.toUnsignedString(hash));
		return unsigned.multiply(BigInteger.valueOf(totalSegments)).divide(HASH_SPACE).intValue();
	}

	private static void checkSegments(@Nullable Integer segment, @Nullable Integer totalSegments) {
		if (segment == null && totalSegments == null) {
			return;
		}
		if (segment == null || totalSegments == null) {
			throw EngineException.validation(
					"The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
		}
		if (totalSegments < 1 || totalSegments > 1_000_000) {
			throw EngineException.validation(
					"1 validation error detected: Value '%d' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000",
					totalSegments);
		}
		if (segment < 0 || segment >= totalSegments) {
			throw EngineException.validation(
					"The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: %d is not less than TotalSegments: %d",
					segment, totalSegments);
		}
	}

	/**
	 * A Scan request.
	 *
	 * @param table the table name
	 * @param indexName the index to scan, or {@code null} for the table
	 * @param filter the FilterExpression, or {@code null}
	 * @param projection the ProjectionExpression, or {@code null}
	 * @param expressions names and values of the expressions
	 * @param select the Select, or {@code null} for the default
	 * @param limit the most items to read, or {@code null}
	 * @param exclusiveStartKey the previous page's LastEvaluatedKey, or {@code null}
	 * @param segment the segment of a parallel scan, or {@code null}
	 * @param totalSegments the number of segments, or {@code null}
	 * @param consistentRead strongly consistent read (rejected on a GSI)
	 * @param legacy the legacy parameters ({@link LegacyInput#NONE} when none)
	 */
	public record Request(String table, @Nullable String indexName, @Nullable String filter,
			@Nullable String projection, ExpressionInput expressions, @Nullable Select select, @Nullable Integer limit,
			@Nullable Map<String, Value> exclusiveStartKey, @Nullable Integer segment, @Nullable Integer totalSegments,
			boolean consistentRead, LegacyInput legacy) {

	}

}
