package dev.ddbkit.it.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.it.mapping.domain.InvoiceKey;
import dev.ddbkit.mapping.annotation.AllowScan;
import dev.ddbkit.mapping.annotation.ConsistentRead;
import dev.ddbkit.mapping.annotation.QueryIndex;
import dev.ddbkit.mapping.repository.AllowCount;
import dev.ddbkit.mapping.repository.DynamoRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

/**
 * Derived queries on the invoice table, GSI1 (by state), GSI2 (by id) and LSI1 (by due
 * date).
 */
public interface InvoiceRepository extends DynamoRepository<Invoice, InvoiceKey> {

	@ConsistentRead
	List<Invoice> findByAccountIdOrderByIssuedOnDesc(String accountId);

	List<Invoice> findByAccountIdAndIssuedOnBetween(String accountId, LocalDate from, LocalDate to);

	List<Invoice> findByAccountIdAndIssuedOnAfter(String accountId, LocalDate after);

	List<Invoice> findByAccountIdAndIssuedOnLessThanEqual(String accountId, LocalDate to);

	List<Invoice> findByAccountIdAndIssuedOnStartingWith(String accountId, String prefix);

	Invoice findFirstByAccountIdOrderByIssuedOnDesc(String accountId);

	List<Invoice> findTop2ByAccountIdOrderByIssuedOnDesc(String accountId);

	List<Invoice> findByStateAndIssuedOnBetweenOrderByIssuedOnDesc(State state, LocalDate from, LocalDate to);

	Optional<Invoice> findByInvoiceId(String invoiceId);

	boolean existsByInvoiceId(String invoiceId);

	List<Invoice> findByAccountIdAndDueOnBefore(String accountId, LocalDate before);

	@QueryIndex("")
	List<Invoice> findByAccountIdAndAmountGreaterThan(String accountId, BigDecimal amount);

	@QueryIndex("")
	List<Invoice> findTop2ByAccountIdAndStateOrderByIssuedOnDesc(String accountId, State state);

	@AllowScan
	List<Invoice> findByAmountGreaterThan(BigDecimal amount);

	@QueryIndex("")
	Stream<Invoice> streamByAccountId(String accountId);

	@QueryIndex("")
	Slice<Invoice> findByAccountId(String accountId, Pageable pageable);

	Window<Invoice> findByStateOrderByIssuedOnAsc(State state, ScrollPosition position, Limit limit);

	@QueryIndex("")
	long countByAccountId(String accountId);

	@AllowCount
	Page<Invoice> findByState(State state, Pageable pageable);

	@QueryIndex("")
	long deleteByAccountId(String accountId);

	List<InvoiceSummary> findSummariesByAccountIdOrderByIssuedOnDesc(String accountId);

	Optional<InvoiceRef> findRefByInvoiceId(String invoiceId);

}
