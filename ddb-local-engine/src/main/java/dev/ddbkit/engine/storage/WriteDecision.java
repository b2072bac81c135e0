package dev.ddbkit.engine.storage;

import dev.ddbkit.engine.value.Item;

/**
 * What a write does with the item it found, decided inside the write while the table is
 * locked, so a conditional write is atomic: check and change are one step.
 */
public sealed interface WriteDecision permits WriteDecision.Put, WriteDecision.Delete, WriteDecision.Keep {

	/** Store this item (insert or replace). */
	static WriteDecision put(Item item) {
		return new Put(item);
	}

	/** Remove the item. */
	static WriteDecision delete() {
		return Delete.INSTANCE;
	}

	/** Leave the item as it is. */
	static WriteDecision keep() {
		return Keep.INSTANCE;
	}

	/** Store {@code item}. */
	record Put(Item item) implements WriteDecision {

	}

	/** Remove the item. */
	record Delete() implements WriteDecision {

		static final Delete INSTANCE = new Delete();

	}

	/** No change. */
	record Keep() implements WriteDecision {

		static final Keep INSTANCE = new Keep();

	}

}
