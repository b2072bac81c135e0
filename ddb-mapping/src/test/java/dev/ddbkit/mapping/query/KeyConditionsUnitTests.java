package dev.ddbkit.mapping.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.test.Reading;
import dev.ddbkit.mapping.test.TestBackend;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key condition compiled from a composite sort key ({@code DAY#{day}#{id}}) returns
 * exactly what an in-memory filter over the same data returns, in the same order, across
 * page sizes, for tricky leading components: prefixes of each other ({@code 2024-05} /
 * {@code 2024-050}), Unicode beyond the BMP, signs and fractions, the empty string.
 * Values avoid characters that sort below the {@code #} separator, as the bounds assume.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class KeyConditionsUnitTests {

	private static final List<String> DAYS = List.of("", "2024-05", "2024-050", "2024-05-01", "2024-051", "2024-06",
			"2024-0", "-1.5", "-10", "0.25", "9", "ä", "日本", "😀", "z");

	@Parameter
	TestBackend backend;

	private DynamoTemplate template;

	private final List<Reading> readings = new ArrayList<>();

	@BeforeEach
	void load() {
		this.template = this.backend.createTemplate(Reading.class);
		Random random = new Random(42);
		for (int i = 0; i < 60; i++) {
			Reading reading = new Reading("s" + random.nextInt(2), DAYS.get(random.nextInt(DAYS.size())), "r" + i, i);
			this.readings.add(this.template.save(reading));
		}
	}

	@Test
	void rendersBoundsThatStayInsideTheEntitysPrefix() {
		AccessPath table = this.template.getMappingContext()
			.getRequiredEntitySchema(Reading.class)
			.getRequiredAccessPath(null);
		assertThat(KeyConditions.compile(table, Map.of("sensor", "s0", "day", "2024-05"), null).sort())
			.isEqualTo(new SortKeyCondition(SortOperator.BEGINS_WITH, "DAY#2024-05#", null));
		assertThat(
				KeyConditions.compile(table, Map.of("sensor", "s0"), SortCriterion.lessThan("day", "2024-05")).sort())
			.isEqualTo(new SortKeyCondition(SortOperator.BETWEEN, "DAY#", "DAY#2024-04" + KeyConditions.TOP));
		assertThat(KeyConditions.compile(table, Map.of("sensor", "s0"), SortCriterion.greaterThan("day", "2024-05"))
			.sort()).isEqualTo(new SortKeyCondition(SortOperator.BETWEEN, "DAY#2024-05$", "DAY#" + KeyConditions.TOP));
		assertThat(KeyConditions.compile(table, Map.of("sensor", "s0"), SortCriterion.between("day", "b", "a")).empty())
			.isTrue();
	}

	@Test
	void everyConditionReturnsWhatAnInMemoryFilterReturnsInOrderAcrossPageSizes() {
		Random random = new Random(7);
		for (int round = 0; round < 120; round++) {
			String sensor = "s" + random.nextInt(3);
			String a = DAYS.get(random.nextInt(DAYS.size()));
			String b = DAYS.get(random.nextInt(DAYS.size()));
			boolean forward = random.nextBoolean();
			int limit = random.nextInt(5);
			SortOperator operator = SortOperator.values()[random.nextInt(SortOperator.values().length)];
			SortCriterion criterion = criterion(operator, a, b);
			Predicate<String> matches = predicate(operator, a, b);
			List<Reading> expected = this.readings.stream()
				.filter((r) -> r.sensor().equals(sensor) && matches.test(r.day()))
				.sorted(order(forward))
				.toList();
			DynamoQuery.Builder<Reading> query = DynamoQuery.builder(Reading.class)
				.where("sensor", sensor)
				.scanForward(forward)
				.limit(limit);
			if (criterion != null) {
				query.sortKey(criterion);
			}
			else {
				query.where("day", a);
			}
			assertThat(readAllPages(query))
				.as("%s %s %s %s forward=%s limit=%d", sensor, operator, a, b, forward, limit)
				.containsExactlyElementsOf(expected);
		}
	}

	private List<Reading> readAllPages(DynamoQuery.Builder<Reading> query) {
		List<Reading> all = new ArrayList<>();
		String cursor = null;
		do {
			DynamoPage<Reading> page = this.template.query(query.cursor(cursor).build());
			all.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return all;
	}

	private static @Nullable SortCriterion criterion(SortOperator operator, String a, String b) {
		return switch (operator) {
			case EQUAL -> null;
			case BEGINS_WITH -> SortCriterion.beginsWith("day", a);
			case LESS_THAN -> SortCriterion.lessThan("day", a);
			case LESS_THAN_OR_EQUAL -> SortCriterion.lessThanOrEqual("day", a);
			case GREATER_THAN -> SortCriterion.greaterThan("day", a);
			case GREATER_THAN_OR_EQUAL -> SortCriterion.greaterThanOrEqual("day", a);
			case BETWEEN -> SortCriterion.between("day", a, b);
		};
	}

	private static Predicate<String> predicate(SortOperator operator, String a, String b) {
		return switch (operator) {
			case EQUAL -> (day) -> day.equals(a);
			case BEGINS_WITH -> (day) -> day.startsWith(a);
			case LESS_THAN -> (day) -> compare(day, a) < 0;
			case LESS_THAN_OR_EQUAL -> (day) -> compare(day, a) <= 0;
			case GREATER_THAN -> (day) -> compare(day, a) > 0;
			case GREATER_THAN_OR_EQUAL -> (day) -> compare(day, a) >= 0;
			case BETWEEN -> (day) -> compare(day, a) >= 0 && compare(day, b) <= 0;
		};
	}

	private static Comparator<Reading> order(boolean forward) {
		Comparator<Reading> ascending = (x, y) -> {
			int byDay = compare(x.day(), y.day());
			return (byDay != 0) ? byDay : compare(x.id(), y.id());
		};
		return forward ? ascending : ascending.reversed();
	}

	private static int compare(String x, String y) {
		return Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
	}

}
