package dev.ddbkit.mapping.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.query.FilterOperator;
import dev.ddbkit.mapping.query.SortCriterion;
import dev.ddbkit.mapping.test.HitCounter;
import dev.ddbkit.mapping.test.TestBackend;
import dev.ddbkit.mapping.test.Ticket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class ShardedKeysUnitTests {

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@Parameter
	TestBackend backend;

	private DynamoTemplate template;

	private final List<Ticket> open = new ArrayList<>();

	@BeforeEach
	void saveTickets() {
		this.template = this.backend.createTemplate(Ticket.class, HitCounter.class);
		Random random = new Random(7);
		List<Ticket> tickets = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			// several tickets share an opening time: the merge must still keep each
			// shard's order
			Instant openedAt = T0.plus(Duration.ofMinutes(random.nextInt(25)));
			tickets.add(new Ticket("t" + i, (i % 5 == 0) ? "CLOSED" : "OPEN", openedAt, i % 3));
		}
		this.template.batchSave(tickets);
		tickets.stream().filter((t) -> t.status().equals("OPEN")).forEach(this.open::add);
		this.open.sort(Comparator.comparing(Ticket::openedAt).thenComparing(Ticket::ticketId));
	}

	@Test
	void writesTheIndexKeyWithTheCrc32ShardOfTheTableKey() {
		Set<String> shards = this.open.stream().map((ticket) -> {
			Map<String, AttributeValue> item = rawItem("TICKET#" + ticket.ticketId(), "Ticket");
			int shard = crc32Shard("TICKET#" + ticket.ticketId() + "Ticket", 4);
			assertThat(item.get("GSI1PK").s()).isEqualTo("STATUS#OPEN#" + shard);
			return item.get("GSI1PK").s();
		}).collect(Collectors.toSet());
		assertThat(shards).as("32 tickets spread over the 4 shards").hasSize(4);
	}

	@Test
	void aQueryOnAShardedIndexMergesEveryShardBySortKeyInBothDirections() {
		assertThat(openTickets(DynamoQuery.builder(Ticket.class).index("GSI1").where("status", "OPEN")))
			.containsExactlyElementsOf(keys(this.open));
		assertThat(openTickets(DynamoQuery.builder(Ticket.class).index("GSI1").where("status", "OPEN").descending()))
			.containsExactlyElementsOf(keys(reversed(this.open)));
		assertThat(this.template.stream(query().descending().build()).map(Ticket::ticketId).toList())
			.containsExactlyElementsOf(keys(reversed(this.open)));
		assertThat(this.template.count(query().build())).isEqualTo(this.open.size());
	}

	@Test
	void aSortKeyConditionAppliesToEveryShard() {
		Instant from = T0.plus(Duration.ofMinutes(10));
		List<Ticket> later = this.open.stream().filter((t) -> !t.openedAt().isBefore(from)).toList();
		assertThat(openTickets(query().sortKey(SortCriterion.greaterThanOrEqual("openedAt", from))))
			.containsExactlyElementsOf(keys(later));
	}

	@Test
	void limitsApplyAfterTheMergeAndCursorsCarryEveryShard() {
		for (boolean forward : List.of(true, false)) {
			List<String> read = new ArrayList<>();
			String cursor = null;
			int pages = 0;
			do {
				DynamoPage<Ticket> page = this.template
					.query(query().scanForward(forward).limit(5).cursor(cursor).build());
				assertThat(page.items()).hasSizeLessThanOrEqualTo(5);
				page.items().forEach((t) -> read.add(t.ticketId()));
				cursor = page.nextCursor();
				pages++;
			}
			while (cursor != null);
			assertThat(read).containsExactlyElementsOf(keys(forward ? this.open : reversed(this.open)));
			assertThat(pages).isEqualTo((this.open.size() + 4) / 5);
		}
	}

	@Test
	void aFilteredQueryPagesThroughEveryShardWithoutLosingItems() {
		List<Ticket> urgent = this.open.stream().filter((t) -> t.priority() == 0).toList();
		List<String> read = new ArrayList<>();
		String cursor = null;
		do {
			DynamoPage<Ticket> page = this.template
				.query(query().filter(FilterCriterion.of("priority", FilterOperator.EQUAL, 0))
					.limit(3)
					.cursor(cursor)
					.build());
			page.items().forEach((t) -> read.add(t.ticketId()));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(read).containsExactlyElementsOf(keys(urgent));
	}

	@Test
	void aCursorOfAnUnshardedQueryIsRejected() {
		DynamoPage<Ticket> page = this.template
			.query(DynamoQuery.builder(Ticket.class).where("ticketId", "t1").limit(1).build());
		String unsharded = dev.ddbkit.mapping.query.DynamoCursor
			.encode(Map.of("PK", AttributeValue.fromS("TICKET#t1"), "SK", AttributeValue.fromS("Ticket")));
		assertThat(page.items()).hasSize(1);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.query(query().cursor(unsharded).build()))
			.withMessageContaining("not one of a query over 4 shards");
	}

	@Test
	void anUpdateOfTheStatusMovesTheTicketToItsShardOfTheNewStatus() {
		Ticket first = this.open.get(0);
		this.template.update(Ticket.class, first.ticketId(),
				DynamoUpdate.create().set("status", "CLOSED").set("openedAt", first.openedAt()));
		Map<String, AttributeValue> item = rawItem("TICKET#" + first.ticketId(), "Ticket");
		assertThat(item.get("GSI1PK").s())
			.isEqualTo("STATUS#CLOSED#" + crc32Shard("TICKET#" + first.ticketId() + "Ticket", 4));
		assertThat(openTickets(query())).doesNotContain(first.ticketId()).hasSize(this.open.size() - 1);
	}

	@Test
	void aShardedTableKeyIsReadBackByIdAndByAScatterQueryOfItsPartition() {
		List<HitCounter> slots = new ArrayList<>();
		for (int slot = 0; slot < 20; slot++) {
			slots.add(new HitCounter("home", slot, slot * 10L));
		}
		this.template.batchSave(slots);
		for (HitCounter counter : slots) {
			int shard = crc32Shard("HITS#home" + "SLOT#" + counter.slot(), 10);
			assertThat(rawItem("HITS#home#" + shard, "SLOT#" + counter.slot())).containsKey("hits");
			assertThat(this.template.findById(HitCounter.class, Map.of("name", "home", "slot", counter.slot())))
				.contains(counter);
		}
		List<HitCounter> read = this.template.query(DynamoQuery.builder(HitCounter.class).where("name", "home").build())
			.items();
		assertThat(read).extracting(HitCounter::slot)
			.containsExactlyElementsOf(slots.stream()
				.map((c) -> "SLOT#" + c.slot())
				.sorted()
				.map((sk) -> Integer.valueOf(sk.substring(5)))
				.toList());
		assertThat(read.stream().mapToLong(HitCounter::hits).sum()).isEqualTo(1900);
		assertThat(this.template.queryCollection(HitCounter.class, Map.of("name", "home")).items())
			.containsExactlyElementsOf(read);
	}

	private DynamoQuery.Builder<Ticket> query() {
		return DynamoQuery.builder(Ticket.class).index("GSI1").where("status", "OPEN");
	}

	private List<String> openTickets(DynamoQuery.Builder<Ticket> query) {
		return keys(this.template.query(query.build()).items());
	}

	private static List<Ticket> reversed(List<Ticket> tickets) {
		List<Ticket> reversed = new ArrayList<>(tickets);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	private static List<String> keys(List<Ticket> tickets) {
		return tickets.stream().map(Ticket::ticketId).toList();
	}

	private Map<String, AttributeValue> rawItem(String pk, String sk) {
		return this.template.getClient()
			.getItem((r) -> r
				.tableName(this.template.getMappingContext().getRequiredEntitySchema(Ticket.class).getTableName())
				.key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk))))
			.item();
	}

	static int crc32Shard(String tableKey, int shards) {
		CRC32 crc = new CRC32();
		crc.update(tableKey.getBytes(StandardCharsets.UTF_8));
		return (int) (crc.getValue() % shards);
	}

}
