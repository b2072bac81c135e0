package dev.ddbkit.it.repository;

import java.util.List;

import dev.ddbkit.it.mapping.domain.Reading;
import dev.ddbkit.mapping.repository.DynamoRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

/**
 * Conditions on {@code day}, the leading component of the sort key
 * {@code DAY#{day}#{seq}}: each compiles to a key condition whose bounds end on the
 * separator.
 */
public interface ReadingRepository extends DynamoRepository<Reading, ReadingKey> {

	List<Reading> findBySensorAndDay(String sensor, String day);

	List<Reading> findBySensorAndDayBetween(String sensor, String from, String to);

	List<Reading> findBySensorAndDayGreaterThan(String sensor, String day);

	List<Reading> findBySensorAndDayGreaterThanEqual(String sensor, String day);

	List<Reading> findBySensorAndDayLessThan(String sensor, String day);

	List<Reading> findBySensorAndDayLessThanEqual(String sensor, String day);

	List<Reading> findBySensorAndDayStartingWith(String sensor, String prefix);

	List<Reading> findBySensorOrderByDayDesc(String sensor);

	Window<Reading> findBySensorOrderByDayAsc(String sensor, ScrollPosition position, Limit limit);

}
