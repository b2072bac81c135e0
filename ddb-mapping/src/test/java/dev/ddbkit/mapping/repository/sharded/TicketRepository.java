package dev.ddbkit.mapping.repository.sharded;

import java.time.Instant;
import java.util.List;

import dev.ddbkit.mapping.repository.AllowCount;
import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Ticket;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

/** Derived queries on a status index written over 4 shards. */
public interface TicketRepository extends DynamoRepository<Ticket, String> {

	Window<Ticket> findByStatusOrderByOpenedAtDesc(String status, ScrollPosition position, Limit limit);

	List<Ticket> findByStatusAndOpenedAtBetween(String status, Instant from, Instant to);

	List<Ticket> findTop3ByStatusAndPriorityGreaterThanOrderByOpenedAtDesc(String status, int priority);

	Slice<Ticket> findByStatusOrderByOpenedAtAsc(String status, Pageable pageable);

	@AllowCount
	Page<Ticket> findByStatus(String status, Pageable pageable);

	long countByStatus(String status);

}
