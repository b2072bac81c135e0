package dev.ddbkit.mapping.repository.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ddbkit.mapping.repository.AllowCount;
import dev.ddbkit.mapping.repository.DynamoRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/** Every derived-method shape the repositories support, on the table and on GSI1. */
public interface MeasurementRepository extends DynamoRepository<Measurement, MeasurementKey> {

	List<Measurement> findBySensor(String sensor);

	List<Measurement> findBySensor(String sensor, Sort sort);

	List<Measurement> findBySensorOrderByDayDesc(String sensor);

	List<Measurement> findBySensorAndDay(String sensor, String day);

	List<Measurement> findBySensorAndDayAndSeq(String sensor, String day, String seq);

	List<Measurement> findBySensorAndDayLessThan(String sensor, String day);

	List<Measurement> findBySensorAndDayLessThanEqual(String sensor, String day);

	List<Measurement> findBySensorAndDayGreaterThan(String sensor, String day);

	List<Measurement> findBySensorAndDayGreaterThanEqualOrderByDayDesc(String sensor, String day);

	List<Measurement> findBySensorAndDayBetween(String sensor, String from, String to);

	List<Measurement> findBySensorAndDayStartingWith(String sensor, String prefix);

	List<Measurement> findBySensorAndDayAfter(String sensor, String day);

	List<Measurement> findBySensorAndDayBeforeOrderByDayDescSeqDesc(String sensor, String day);

	List<Measurement> findTop3BySensorAndAmountGreaterThanOrderByDayDesc(String sensor, BigDecimal amount);

	Optional<Measurement> findFirstBySensorAndAmountLessThanEqual(String sensor, BigDecimal amount);

	List<Measurement> findBySensorAndDayStartingWithAndAmountBetween(String sensor, String prefix, BigDecimal low,
			BigDecimal high);

	List<Measurement> findBySiteAndDayBetweenOrderByDayDesc(String site, String from, String to);

	List<Measurement> findBySiteAndNoteStartingWith(String site, String prefix);

	long countBySensorAndDayStartingWith(String sensor, String prefix);

	long countBySiteAndAmountLessThan(String site, BigDecimal amount);

	boolean existsBySensorAndDay(String sensor, String day);

	Stream<Measurement> streamBySensorAndDayLessThan(String sensor, String day);

	Slice<Measurement> findBySensorAndDayGreaterThanEqual(String sensor, String day, Pageable pageable);

	@AllowCount
	Page<Measurement> findBySite(String site, Pageable pageable);

	Window<Measurement> findBySensorAndAmountGreaterThan(String sensor, BigDecimal amount, ScrollPosition position,
			Limit limit);

	Window<Measurement> findBySiteOrderByDayDesc(String site, ScrollPosition position, Limit limit);

}
