package dev.ddbkit.it.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.MappedTables;
import dev.ddbkit.it.mapping.domain.Reading;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every derived condition on the leading component of a composite sort key returns
 * exactly what an in-memory filter over the same readings returns, in the same order, on
 * data chosen to trip prefix bounds: {@code 2024-05} next to {@code 2024-050} and
 * {@code 2024-05-01}, Unicode, negative and fractional values, an empty partition.
 */
@EveryBackend
class LeadingComponentModelIntegrationTests {

	private static final List<String> DAYS = List.of("2024-04-30", "2024-05", "2024-05-01", "2024-050", "2024-06",
			"2024-5", "día-ñ", "Δ");

	private static final List<String> PROBES = List.of("2024-05", "2024-050", "2024-05-01", "2024-06", "2024-0", "día",
			"Δ", "zzz", "");

	private static final String SENSOR = "sensor-ü";

	private ReadingRepository repository;

	/** The readings of {@link #SENSOR} in sort key order: by day, then by sequence. */
	private List<Reading> model = List.of();

	@BeforeEach
	void saveReadings(DynamoDbClient ddb) {
		this.repository = MappedTables.repository(ddb, ReadingRepository.class, Reading.class);
		List<Reading> readings = new ArrayList<>();
		int seq = 0;
		for (String day : DAYS) {
			for (int i = 0; i < 2; i++) {
				seq++;
				// Negative and fractional, in DynamoDB's normalized form so that values
				// read back compare equal.
				readings.add(new Reading(SENSOR, day, seq % 3 * 7, new BigDecimal("-" + seq + ".5")));
			}
		}
		this.repository.saveAll(readings);
		this.repository.save(new Reading("other", "2024-05", 1, BigDecimal.ONE));
		this.model = readings.stream().sorted(Comparator.comparing(Reading::day).thenComparing(Reading::seq)).toList();
	}

	@Test
	void everyConditionMatchesTheInMemoryFilter() {
		for (String probe : PROBES) {
			expect(this.repository.findBySensorAndDay(SENSOR, probe), (day) -> day.equals(probe), "= " + probe);
			expect(this.repository.findBySensorAndDayGreaterThan(SENSOR, probe), (day) -> day.compareTo(probe) > 0,
					"> " + probe);
			expect(this.repository.findBySensorAndDayGreaterThanEqual(SENSOR, probe),
					(day) -> day.compareTo(probe) >= 0, ">= " + probe);
			expect(this.repository.findBySensorAndDayLessThan(SENSOR, probe), (day) -> day.compareTo(probe) < 0,
					"< " + probe);
			expect(this.repository.findBySensorAndDayLessThanEqual(SENSOR, probe), (day) -> day.compareTo(probe) <= 0,
					"<= " + probe);
			expect(this.repository.findBySensorAndDayStartingWith(SENSOR, probe), (day) -> day.startsWith(probe),
					"begins_with " + probe);
			for (String upper : PROBES) {
				expect(this.repository.findBySensorAndDayBetween(SENSOR, probe, upper),
						(day) -> day.compareTo(probe) >= 0 && day.compareTo(upper) <= 0,
						"between " + probe + " and " + upper);
			}
		}
		assertThat(this.repository.findBySensorAndDay("nobody", "2024-05")).isEmpty();
	}

	@Test
	void ordersAndScrollsLikeTheModelAtEveryWindowSize() {
		List<Reading> descending = this.model.stream()
			.sorted(Comparator.comparing(Reading::day).thenComparing(Reading::seq).reversed())
			.toList();
		assertThat(this.repository.findBySensorOrderByDayDesc(SENSOR)).containsExactlyElementsOf(descending);
		for (int size : new int[] { 1, 3, 7, 16 }) {
			assertThat(scroll(size)).as("windows of %d", size).containsExactlyElementsOf(this.model);
		}
	}

	private List<Reading> scroll(int size) {
		Limit limit = Limit.of(size);
		return Windows.contents(
				Windows.scroll((position) -> this.repository.findBySensorOrderByDayAsc(SENSOR, position, limit), 20));
	}

	private void expect(List<Reading> actual, Predicate<String> day, String description) {
		List<Reading> expected = this.model.stream().filter((reading) -> day.test(reading.day())).toList();
		assertThat(actual).as(description).containsExactlyElementsOf(expected);
	}

}
