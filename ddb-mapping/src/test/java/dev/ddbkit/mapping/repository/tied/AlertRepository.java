package dev.ddbkit.mapping.repository.tied;

import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Alert;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

/** Scrolls a sharded index whose sort key can tie across shards. */
public interface AlertRepository extends DynamoRepository<Alert, String> {

	List<Alert> findByLevel(String level);

	Window<Alert> findByLevelOrderByRaisedAtAsc(String level, ScrollPosition position, Limit limit);

}
