package dev.ddbkit.mapping.test;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/** An item collection as a sealed type: one header and its lines share a partition. */
public sealed interface Purchase permits Purchase.Header, Purchase.Line {

	String purchaseId();

	@DynamoEntity(type = "PurchaseHeader")
	@PartitionKey("PURCHASE#{purchaseId}")
	@SortKey("A#HEADER")
	record Header(String purchaseId, String customer) implements Purchase {
	}

	@DynamoEntity(type = "PurchaseLine")
	@PartitionKey("PURCHASE#{purchaseId}")
	@SortKey("LINE#{line}")
	record Line(String purchaseId, String line, String product) implements Purchase {
	}

}
