package dev.ddbkit.mapping.repository;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;
import dev.ddbkit.mapping.repository.measurement.Measurement;
import dev.ddbkit.mapping.repository.measurement.MeasurementRepository;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every derived-method shape, called through a repository proxy on random data, returns
 * exactly what an in-memory filter over the same data returns, in the same order. The
 * engine pages every 700 bytes, so most queries span several DynamoDB pages.
 */
class DerivedQueryModelUnitTests {

	/** Leading sort components whose prefixes and byte order are easy to get wrong. */
	private static final List<String> DAYS = List.of("2024-05", "2024-050", "2024-05-01", "2024-051", "2024-04-30",
			"2024", "2025-01", "é", "éa", "日本", "日本語", "😀", "😀x", "ｱ", "ｱｲ", "z", "$", "2024-05$");

	/** Characters above the key separator {@code #}, across UTF-8 lengths 1 to 4. */
	private static final String[] ALPHABET = { "0", "5", "9", "-", "$", ".", "a", "z", "~", "é", "ß", "ｱ", "日", "😀" };

	private static final List<String> NAMES = List.of("s-1", "ß-sensor", "日本-1", "😀");

	private static final Comparator<String> UTF8 = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
			b.getBytes(StandardCharsets.UTF_8));

	private static final Comparator<Measurement> TABLE_ORDER = Comparator
		.comparing((Measurement m) -> "DAY#" + m.day() + "#" + m.seq(), UTF8);

	private static final Comparator<Measurement> INDEX_ORDER = Comparator
		.comparing((Measurement m) -> m.day() + "#" + m.seq(), UTF8);

	private static final AtomicInteger runs = new AtomicInteger();

	private static AnnotationConfigApplicationContext context;

	private static MeasurementRepository repository;

	@BeforeContainer
	static void start() {
		context = new AnnotationConfigApplicationContext(ModelConfiguration.class);
		repository = context.getBean(MeasurementRepository.class);
	}

	@AfterContainer
	static void stop() {
		context.close();
	}

	@Property(tries = 30)
	void everyDerivedShapeReturnsWhatAnInMemoryFilterReturns(@ForAll long seed) {
		Random random = new Random(seed);
		Data data = data(random);
		for (String sensor : data.sensors()) {
			check(repository.findBySensor(sensor), data.table(sensor, (m) -> true, true));
			check(repository.findBySensor(sensor, Sort.by(Sort.Direction.DESC, "day", "seq")),
					data.table(sensor, (m) -> true, false));
			check(repository.findBySensorOrderByDayDesc(sensor), data.table(sensor, (m) -> true, false));
			for (int i = 0; i < 6; i++) {
				String day = probe(random, data);
				String other = probe(random, data);
				BigDecimal amount = amount(random);
				BigDecimal high = amount.add(amount(random).abs());
				check(repository.findBySensorAndDay(sensor, day), data.table(sensor, dayIs(day), true));
				Measurement any = data.items().isEmpty() ? null : data.items().get(random.nextInt(data.items().size()));
				if (any != null) {
					check(repository.findBySensorAndDayAndSeq(sensor, any.day(), any.seq()),
							data.table(sensor, (m) -> m.key().equals(any.key()), true));
				}
				check(repository.findBySensorAndDayLessThan(sensor, day), data.table(sensor, dayBelow(day, 0), true));
				check(repository.findBySensorAndDayLessThanEqual(sensor, day),
						data.table(sensor, dayBelow(day, 1), true));
				check(repository.findBySensorAndDayGreaterThan(sensor, day),
						data.table(sensor, dayBelow(day, 1).negate(), true));
				check(repository.findBySensorAndDayGreaterThanEqualOrderByDayDesc(sensor, day),
						data.table(sensor, dayBelow(day, 0).negate(), false));
				check(repository.findBySensorAndDayBetween(sensor, day, other),
						data.table(sensor, dayBelow(day, 0).negate().and(dayBelow(other, 1)), true));
				String prefix = prefix(random, day);
				check(repository.findBySensorAndDayStartingWith(sensor, prefix),
						data.table(sensor, (m) -> m.day().startsWith(prefix), true));
				check(repository.findBySensorAndDayAfter(sensor, day),
						data.table(sensor, dayBelow(day, 1).negate(), true));
				check(repository.findBySensorAndDayBeforeOrderByDayDescSeqDesc(sensor, day),
						data.table(sensor, dayBelow(day, 0), false));
				check(repository.findTop3BySensorAndAmountGreaterThanOrderByDayDesc(sensor, amount),
						first(3, data.table(sensor, (m) -> m.amount().compareTo(amount) > 0, false)));
				check(repository.findFirstBySensorAndAmountLessThanEqual(sensor, amount).stream().toList(),
						first(1, data.table(sensor, (m) -> m.amount().compareTo(amount) <= 0, true)));
				check(repository.findBySensorAndDayStartingWithAndAmountBetween(sensor, prefix, amount, high),
						data.table(sensor, (m) -> m.day().startsWith(prefix) && m.amount().compareTo(amount) >= 0
								&& m.amount().compareTo(high) <= 0, true));
				assertThat(repository.countBySensorAndDayStartingWith(sensor, prefix))
					.isEqualTo(data.table(sensor, (m) -> m.day().startsWith(prefix), true).size());
				assertThat(repository.existsBySensorAndDay(sensor, day))
					.isEqualTo(!data.table(sensor, dayIs(day), true).isEmpty());
				try (Stream<Measurement> stream = repository.streamBySensorAndDayLessThan(sensor, day)) {
					check(stream.toList(), data.table(sensor, dayBelow(day, 0), true));
				}
			}
		}
		for (String site : data.sites()) {
			String day = probe(random, data);
			String other = probe(random, data);
			BigDecimal amount = amount(random);
			check(repository.findBySiteAndDayBetweenOrderByDayDesc(site, day, other),
					data.index(site, dayBelow(day, 0).negate().and(dayBelow(other, 1)), false));
			String prefix = prefix(random, word(random));
			check(repository.findBySiteAndNoteStartingWith(site, prefix),
					data.index(site, (m) -> m.note().startsWith(prefix), true));
			assertThat(repository.countBySiteAndAmountLessThan(site, amount))
				.isEqualTo(data.index(site, (m) -> m.amount().compareTo(amount) < 0, true).size());
		}
	}

	@Property(tries = 25)
	void slicesPagesWindowsAndStreamsCoverTheSameItemsAcrossPageSizes(@ForAll long seed) {
		Random random = new Random(seed);
		Data data = data(random);
		int size = 1 + random.nextInt(5);
		for (String sensor : data.sensors()) {
			String day = probe(random, data);
			List<Measurement> expected = data.table(sensor, dayBelow(day, 0).negate(), true);
			List<Measurement> sliced = new ArrayList<>();
			Slice<Measurement> slice = null;
			for (int number = 0; slice == null || slice.hasNext(); number++) {
				slice = repository.findBySensorAndDayGreaterThanEqual(sensor, day, PageRequest.of(number, size));
				sliced.addAll(slice.getContent());
			}
			check(sliced, expected);
			BigDecimal amount = amount(random);
			roundTrip(data.table(sensor, (m) -> m.amount().compareTo(amount) > 0, true), size, (position) -> repository
				.findBySensorAndAmountGreaterThan(sensor, amount, position, Limit.of(size)));
		}
		for (String site : data.sites()) {
			List<Measurement> expected = data.index(site, (m) -> true, true);
			for (int number = 0; number <= expected.size() / size; number++) {
				Page<Measurement> page = repository.findBySite(site, PageRequest.of(number, size));
				assertThat(page.getTotalElements()).isEqualTo(expected.size());
				check(page.getContent(),
						expected.subList(number * size, Math.min(expected.size(), (number + 1) * size)));
			}
			roundTrip(data.index(site, (m) -> true, false), size,
					(position) -> repository.findBySiteOrderByDayDesc(site, position, Limit.of(size)));
		}
	}

	/**
	 * Scrolls forward to the end, then backward from each window's first position, which
	 * must give the previous window; and backward from the end to the start.
	 */
	private static void roundTrip(List<Measurement> expected, int size,
			Function<ScrollPosition, Window<Measurement>> scroll) {
		List<Window<Measurement>> windows = new ArrayList<>();
		Window<Measurement> window = scroll.apply(ScrollPosition.keyset());
		windows.add(window);
		while (window.hasNext() && !window.isEmpty()) {
			window = scroll.apply(window.positionAt(window.size() - 1));
			windows.add(window);
		}
		check(windows.stream().flatMap((w) -> w.getContent().stream()).toList(), expected);
		for (int i = 1; i < windows.size(); i++) {
			Window<Measurement> current = windows.get(i);
			if (!current.isEmpty()) {
				ScrollPosition back = ((org.springframework.data.domain.KeysetScrollPosition) current.positionAt(0))
					.backward();
				Window<Measurement> previous = scroll.apply(back);
				check(previous.getContent(), windows.get(i - 1).getContent());
				assertThat(previous.hasNext()).as("items before window %d", i - 1).isEqualTo(i > 1);
			}
		}
		List<List<Measurement>> backwards = new ArrayList<>();
		window = scroll.apply(ScrollPosition.keyset().backward());
		backwards.add(window.getContent());
		while (window.hasNext() && !window.isEmpty()) {
			window = scroll.apply(window.positionAt(0));
			backwards.add(window.getContent());
		}
		Collections.reverse(backwards);
		check(backwards.stream().flatMap(List::stream).toList(), expected);
		assertThat(backwards.get(backwards.size() - 1)).hasSize(Math.min(size, expected.size()));
	}

	private static void check(List<Measurement> actual, List<Measurement> expected) {
		assertThat(actual).extracting(Measurement::key).containsExactlyElementsOf(keys(expected));
	}

	private static List<String> keys(List<Measurement> measurements) {
		return measurements.stream().map(Measurement::key).toList();
	}

	private static List<Measurement> first(int count, List<Measurement> list) {
		return list.subList(0, Math.min(count, list.size()));
	}

	private static Predicate<Measurement> dayIs(String day) {
		return (m) -> m.day().equals(day);
	}

	/** Days below {@code day}, or also equal to it when {@code orEqual} is 1. */
	private static Predicate<Measurement> dayBelow(String day, int orEqual) {
		return (m) -> UTF8.compare(m.day(), day) < orEqual;
	}

	/** Saves random measurements under fresh sensor and site names, one sensor empty. */
	private static Data data(Random random) {
		String run = "run" + runs.incrementAndGet() + "-";
		List<String> sensors = NAMES.stream().map((name) -> run + name).toList();
		List<String> sites = List.of(run + "north", run + "süd", run + "empty");
		List<Measurement> items = new ArrayList<>();
		int count = random.nextInt(40);
		for (int i = 0; i < count; i++) {
			String day = random.nextBoolean() ? DAYS.get(random.nextInt(DAYS.size())) : word(random);
			Measurement measurement = new Measurement(sensors.get(random.nextInt(sensors.size() - 1)), day,
					"q" + i + word(random), sites.get(random.nextInt(sites.size() - 1)), amount(random), word(random));
			items.add(repository.save(measurement));
		}
		return new Data(sensors, sites, items);
	}

	private static String probe(Random random, Data data) {
		int choice = random.nextInt(3);
		if (choice == 0 && !data.items().isEmpty()) {
			return data.items().get(random.nextInt(data.items().size())).day();
		}
		return (choice == 1) ? DAYS.get(random.nextInt(DAYS.size())) : word(random);
	}

	private static String prefix(Random random, String value) {
		int[] codePoints = value.codePoints().toArray();
		int length = 1 + random.nextInt(codePoints.length);
		return new String(codePoints, 0, length);
	}

	private static String word(Random random) {
		StringBuilder word = new StringBuilder();
		int length = 1 + random.nextInt(5);
		for (int i = 0; i < length; i++) {
			word.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return word.toString();
	}

	/** Negative and fractional amounts, normalized as DynamoDB stores numbers. */
	private static BigDecimal amount(Random random) {
		BigDecimal amount = BigDecimal.valueOf(random.nextInt(20_001) - 10_000, random.nextInt(4)).stripTrailingZeros();
		return (amount.scale() < 0) ? amount.setScale(0) : amount;
	}

	/**
	 * The saved measurements and the names they use.
	 *
	 * @param sensors partitions; the last one stays empty
	 * @param sites index partitions; the last one stays empty
	 * @param items the measurements
	 */
	private record Data(List<String> sensors, List<String> sites, List<Measurement> items) {

		List<Measurement> table(String sensor, Predicate<Measurement> filter, boolean ascending) {
			return select((m) -> m.sensor().equals(sensor) && filter.test(m),
					ascending ? TABLE_ORDER : TABLE_ORDER.reversed());
		}

		List<Measurement> index(String site, Predicate<Measurement> filter, boolean ascending) {
			return select((m) -> m.site().equals(site) && filter.test(m),
					ascending ? INDEX_ORDER : INDEX_ORDER.reversed());
		}

		private List<Measurement> select(Predicate<Measurement> filter, Comparator<Measurement> order) {
			return this.items.stream().filter(filter).sorted(order).toList();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = MeasurementRepository.class)
	static class ModelConfiguration {

		@Bean
		DynamoEngine engine() {
			// small pages make most queries continue after a LastEvaluatedKey; semantics,
			// not throughput, are under test
			return DynamoEngine.builder()
				.settings(EngineSettings.defaults()
					.withMaxPageBytes(700)
					.withCapacityEnforcement(EngineSettings.CapacityEnforcement.OBSERVE))
				.build();
		}

		@Bean
		DynamoTemplate dynamoTemplate(DynamoEngine engine) {
			DynamoDbClient client = engine.client();
			DynamoMappingContext mapping = new DynamoMappingContext();
			mapping.setDefaultTableName("measurements");
			mapping.setInitialEntitySet(Set.of(Measurement.class));
			mapping.initialize();
			mapping.createTableRequests().forEach(client::createTable);
			return new DynamoTemplate(client, mapping);
		}

	}

}
