package dev.ddbkit.mapping.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;
import dev.ddbkit.mapping.repository.sharded.TicketRepository;
import dev.ddbkit.mapping.test.TestBackend;
import dev.ddbkit.mapping.test.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repository methods on an index whose partition key is written over 4 shards return the
 * merged order of every shard, in windows, slices and pages.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class ShardedRepositoriesUnitTests {

	private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

	/** The backend the next context's template uses. */
	static TestBackend current = TestBackend.ENGINE;

	@Parameter
	TestBackend backend;

	private AnnotationConfigApplicationContext context;

	private TicketRepository tickets;

	private final List<Ticket> open = new ArrayList<>();

	@BeforeEach
	void saveTickets() {
		current = this.backend;
		this.context = new AnnotationConfigApplicationContext(ShardedConfiguration.class);
		this.tickets = this.context.getBean(TicketRepository.class);
		for (int i = 0; i < 23; i++) {
			Ticket ticket = this.tickets
				.save(new Ticket("t" + i, (i % 4 == 3) ? "closed" : "open", T0.plusSeconds(60L * i), i % 5));
			if (ticket.status().equals("open")) {
				this.open.add(ticket);
			}
		}
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void windowsScrollForwardAndBackwardAcrossEveryShard() {
		List<Ticket> newestFirst = this.open.stream()
			.sorted(Comparator.comparing(Ticket::openedAt).reversed())
			.toList();
		for (int size = 1; size <= 5; size++) {
			List<Window<Ticket>> windows = new ArrayList<>();
			Window<Ticket> window = this.tickets.findByStatusOrderByOpenedAtDesc("open", ScrollPosition.keyset(),
					Limit.of(size));
			windows.add(window);
			while (window.hasNext()) {
				window = this.tickets.findByStatusOrderByOpenedAtDesc("open", window.positionAt(window.size() - 1),
						Limit.of(size));
				windows.add(window);
			}
			assertThat(windows.stream().flatMap(Window::stream).toList()).containsExactlyElementsOf(newestFirst);
			for (int i = 1; i < windows.size(); i++) {
				KeysetScrollPosition first = (KeysetScrollPosition) windows.get(i).positionAt(0);
				Window<Ticket> previous = this.tickets.findByStatusOrderByOpenedAtDesc("open", first.backward(),
						Limit.of(size));
				assertThat(previous.getContent()).containsExactlyElementsOf(windows.get(i - 1).getContent());
				assertThat(previous.hasNext()).isEqualTo(i > 1);
			}
			int last = newestFirst.size();
			assertThat(this.tickets
				.findByStatusOrderByOpenedAtDesc("open", ScrollPosition.keyset().backward(), Limit.of(size))
				.getContent()).containsExactlyElementsOf(newestFirst.subList(last - size, last));
		}
	}

	@Test
	void derivedQueriesSlicesAndPagesMergeEveryShard() {
		Instant from = T0.plusSeconds(300);
		Instant to = T0.plusSeconds(900);
		assertThat(this.tickets.findByStatusAndOpenedAtBetween("open", from, to)).containsExactlyElementsOf(
				this.open.stream().filter((t) -> !t.openedAt().isBefore(from) && !t.openedAt().isAfter(to)).toList());
		assertThat(this.tickets.findTop3ByStatusAndPriorityGreaterThanOrderByOpenedAtDesc("open", 2))
			.containsExactlyElementsOf(this.open.stream()
				.filter((t) -> t.priority() > 2)
				.sorted(Comparator.comparing(Ticket::openedAt).reversed())
				.limit(3)
				.toList());
		assertThat(this.tickets.countByStatus("open")).isEqualTo(this.open.size());
		List<Ticket> sliced = new ArrayList<>();
		Slice<Ticket> slice = this.tickets.findByStatusOrderByOpenedAtAsc("open", PageRequest.of(0, 4));
		sliced.addAll(slice.getContent());
		while (slice.hasNext()) {
			slice = this.tickets.findByStatusOrderByOpenedAtAsc("open", slice.nextPageable());
			sliced.addAll(slice.getContent());
		}
		assertThat(sliced).containsExactlyElementsOf(this.open);
		Page<Ticket> page = this.tickets.findByStatus("open", PageRequest.of(1, 5));
		assertThat(page.getContent()).containsExactlyElementsOf(this.open.subList(5, 10));
		assertThat(page.getTotalElements()).isEqualTo(this.open.size());
		String report = this.context.getBean(DynamoTemplate.class).getMappingContext().getAccessPatterns().toMarkdown();
		assertThat(report).contains("| `TicketRepository.countByStatus(String)` | index GSI1: GSI1PK = STATUS#{status} "
				+ "(sharded x4) (ascending) |");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = TicketRepository.class)
	static class ShardedConfiguration {

		@Bean
		DynamoTemplate dynamoTemplate() {
			return current.createTemplate(Ticket.class);
		}

	}

}
