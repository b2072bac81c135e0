package dev.ddbkit.it.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.it.mapping.domain.Shelf;
import dev.ddbkit.mapping.core.DynamoItemCollection;
import dev.ddbkit.mapping.core.DynamoTemplate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Query reads a whole item collection and decodes every item to its own entity type
 * by the entity-type attribute; items of unknown types are counted, not decoded.
 */
@EveryBackend
class ItemCollectionIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private final DynamoDbClient ddb;

	ItemCollectionIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@Test
	void decodesEachItemOfAPartitionToItsTypeInSortKeyOrder() {
		DynamoTemplate template = MappedTables.template(this.ddb, Account.class, Invoice.class);
		Account account = template.save(new Account("a1", "Ana", "gold"));
		Invoice first = template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		Invoice second = template.save(Invoice.of("a1", "i2", MAY_1.plusDays(1), State.PAID, "20"));
		template.save(new Account("a2", "Bia", "free"));
		this.ddb.putItem((request) -> request.tableName(template.getMappingContext().getDefaultTableName())
			.item(Map.of("PK", AttributeValue.fromS("ACCOUNT#a1"), "SK", AttributeValue.fromS("NOTE#1"), "_type",
					AttributeValue.fromS("Note"))));
		DynamoItemCollection collection = template.queryCollection(Account.class, Map.of("accountId", "a1"));
		assertThat(collection.items()).containsExactly(first, second, account);
		assertThat(collection.ofType(Invoice.class)).containsExactly(first, second);
		assertThat(collection.first(Account.class)).contains(account);
		assertThat(collection.unknownItems()).as("the item of type Note").isEqualTo(1);
	}

	@Test
	void decodesAnItemCollectionIntoASealedType() {
		DynamoTemplate template = MappedTables.template(this.ddb, Shelf.Header.class, Shelf.Slot.class);
		Shelf.Slot tenth = template.save(new Shelf.Slot("s1", 10, "ink"));
		Shelf.Slot second = template.save(new Shelf.Slot("s1", 2, "pen"));
		Shelf.Header header = template.save(new Shelf.Header("s1", "A3"));
		template.save(new Shelf.Header("s2", "B1"));
		List<Shelf> shelf = template.queryCollection(Shelf.Slot.class, Map.of("shelfId", "s1")).ofType(Shelf.class);
		assertThat(shelf).containsExactly(header, second, tenth);
		String described = shelf.stream()
			.map((part) -> (part instanceof Shelf.Header h) ? "aisle " + h.aisle() : ((Shelf.Slot) part).product())
			.reduce((left, right) -> left + ", " + right)
			.orElseThrow();
		assertThat(described).isEqualTo("aisle A3, pen, ink");
		assertThat(template.queryCollection(Shelf.Header.class, Map.of("shelfId", "s9")).items()).isEmpty();
	}

}
