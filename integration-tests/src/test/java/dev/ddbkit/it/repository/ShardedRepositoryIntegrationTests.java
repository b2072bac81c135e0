package dev.ddbkit.it.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.MappedTables;
import dev.ddbkit.it.mapping.domain.Post;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Derived queries on write-sharded keys return the merged order of every shard: lists
 * with Top and filters, Sort arguments, slices, counted pages and keyset windows scrolled
 * forward and backward.
 */
@EveryBackend
class ShardedRepositoryIntegrationTests {

	private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

	private PostRepository repository;

	/** Fifteen posts of feed f1 in sort key order. */
	private List<Post> feed = List.of();

	/** The posts about news, of feeds f1 and f2, in index order. */
	private List<Post> news = List.of();

	@BeforeEach
	void savePosts(DynamoDbClient ddb) {
		this.repository = MappedTables.repository(ddb, PostRepository.class, Post.class);
		List<Post> saved = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			saved.add(this.repository
				.save(new Post("f1", "p" + i, T0.plusSeconds(60L * i), (i % 3 == 0) ? "ads" : "news", i % 5)));
		}
		Post other = this.repository.save(new Post("f2", "q", T0.plusSeconds(90), "news", 9));
		this.feed = List.copyOf(saved);
		List<Post> onNews = new ArrayList<>(saved.stream().filter((post) -> "news".equals(post.topic())).toList());
		onNews.add(other);
		onNews.sort(Comparator.comparing(Post::postedAt));
		this.news = List.copyOf(onNews);
	}

	@Test
	void listsMergeEveryShardWithOrderRangesTopAndSort() {
		assertThat(this.repository.findByFeedIdOrderByPostedAtDesc("f1"))
			.containsExactlyElementsOf(newestFirst(this.feed));
		assertThat(this.repository.findByFeedId("f1", Sort.by(Sort.Direction.DESC, "postedAt")))
			.containsExactlyElementsOf(newestFirst(this.feed));
		assertThat(this.repository.findByFeedId("f1", Sort.by("postedAt"))).containsExactlyElementsOf(this.feed);
		assertThat(this.repository.findByFeedIdAndPostedAtBetween("f1", T0.plusSeconds(180), T0.plusSeconds(480)))
			.containsExactlyElementsOf(this.feed.subList(3, 9));
		assertThat(this.repository.findTop3ByFeedIdAndLikesGreaterThanOrderByPostedAtDesc("f1", 2))
			.containsExactlyElementsOf(
					newestFirst(this.feed).stream().filter((post) -> post.likes() > 2).limit(3).toList());
		assertThat(this.repository.countByTopic("news")).isEqualTo(this.news.size());
	}

	@Test
	void slicesAndCountedPagesCoverEveryShardOnce() {
		List<Post> sliced = new ArrayList<>();
		Slice<Post> slice = this.repository.findByFeedId("f1", PageRequest.of(0, 4));
		sliced.addAll(slice.getContent());
		while (slice.hasNext()) {
			slice = this.repository.findByFeedId("f1", slice.nextPageable());
			sliced.addAll(slice.getContent());
		}
		assertThat(sliced).containsExactlyElementsOf(this.feed);
		Page<Post> page = this.repository.findByTopic("news", PageRequest.of(1, 4));
		assertThat(page.getContent()).containsExactlyElementsOf(this.news.subList(4, 8));
		assertThat(page.getTotalElements()).isEqualTo(this.news.size());
		assertThat(page.getTotalPages()).isEqualTo((this.news.size() + 3) / 4);
	}

	@Test
	void windowsScrollForwardAndBackwardAcrossEveryShard() {
		for (int size : new int[] { 1, 3, 5 }) {
			Limit limit = Limit.of(size);
			Function<ScrollPosition, Window<Post>> query = (position) -> this.repository
				.findByTopicOrderByPostedAtDesc("news", position, limit);
			List<Window<Post>> windows = Windows.scroll(query, 13);
			assertThat(Windows.contents(windows)).as("forward by %d", size)
				.containsExactlyElementsOf(newestFirst(this.news));
			Windows.assertBackwardReturnsEachPreviousWindow(windows, query);
		}
	}

	private static List<Post> newestFirst(List<Post> posts) {
		return posts.stream().sorted(Comparator.comparing(Post::postedAt).reversed()).toList();
	}

}
