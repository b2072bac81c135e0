package dev.ddbkit.mapping.repository.measurement;

import java.math.BigDecimal;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * A composite sort key whose leading component takes tricky strings ({@code 2024-05} and
 * {@code 2024-050}, Unicode), on the table and on a global index; amounts are negative
 * and fractional.
 */
@DynamoEntity(type = "Measurement")
@PartitionKey("SENSOR#{sensor}")
@SortKey("DAY#{day}#{seq}")
@IndexPartitionKey(index = "GSI1", value = "SITE#{site}")
@IndexSortKey(index = "GSI1", value = "{day}#{seq}")
public record Measurement(String sensor, String day, String seq, String site, BigDecimal amount, String note) {

	/** The table key as one string, for comparisons. */
	public String key() {
		return this.sensor + "|" + this.day + "|" + this.seq;
	}

}
