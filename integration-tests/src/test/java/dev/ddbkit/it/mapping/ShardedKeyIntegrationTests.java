package dev.ddbkit.it.mapping;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.domain.Post;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.core.DynamoUpdate;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.SortCriterion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write sharding: a sharded key is stored with the suffix {@code #shard}, shard = CRC32
 * of the unsharded table partition key and sort key (UTF-8) mod N; queries scatter over
 * every shard and merge by sort key in the requested direction, limits apply after the
 * merge and a cursor carries every shard's position.
 */
@EveryBackend
class ShardedKeyIntegrationTests {

	private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

	private final DynamoDbClient ddb;

	private DynamoTemplate template;

	/** Seventeen posts of feed f1 in sort key order; topics alternate. */
	private List<Post> feed = List.of();

	ShardedKeyIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void savePosts() {
		this.template = MappedTables.template(this.ddb, Post.class);
		List<Post> saved = new ArrayList<>();
		for (int i = 0; i < 17; i++) {
			saved.add(this.template
				.save(new Post("f1", "p" + i, T0.plusSeconds(60L * i), (i % 2 == 0) ? "news" : "ads", i)));
		}
		this.template.save(new Post("f2", "q", T0, "news", 0));
		this.feed = List.copyOf(saved);
	}

	@Test
	void storesEachItemUnderTheShardItsKeysHashTo() {
		Set<String> partitions = new HashSet<>();
		for (Post post : this.feed) {
			String sortKey = "POST#" + post.postedAt().toString().replace("Z", ".000Z") + "#" + post.postId();
			int shard = shard("FEED#f1" + sortKey, 4);
			Map<String, AttributeValue> item = this.ddb
				.getItem((request) -> request.tableName(this.template.getMappingContext().getDefaultTableName())
					.consistentRead(true)
					.key(Map.of("PK", AttributeValue.fromS("FEED#f1#" + shard), "SK", AttributeValue.fromS(sortKey))))
				.item();
			assertThat(item).as(post.postId()).isNotEmpty();
			assertThat(item.get("GSI1PK").s()).isEqualTo("TOPIC#" + post.topic() + "#" + shard("FEED#f1" + sortKey, 3));
			partitions.add(item.get("PK").s());
			assertThat(this.template.findById(Post.class, post.key(), true)).contains(post);
		}
		assertThat(partitions).as("seventeen keys spread over the four shards").hasSize(4);
	}

	@Test
	void mergesEveryShardInSortKeyOrderInBothDirections() {
		DynamoQuery<Post> f1 = DynamoQuery.builder(Post.class).where("feedId", "f1").build();
		assertThat(this.template.query(f1).items()).containsExactlyElementsOf(this.feed);
		assertThat(this.template.query(f1.toBuilder().descending().limit(5).build()).items())
			.as("the limit applies after the merge")
			.containsExactlyElementsOf(newestFirst(this.feed).subList(0, 5));
		assertThat(this.template
			.query(f1.toBuilder()
				.sortKey(SortCriterion.between("postedAt", T0.plusSeconds(120), T0.plusSeconds(420)))
				.build())
			.items()).containsExactlyElementsOf(this.feed.subList(2, 8));
		assertThat(this.template.count(f1)).isEqualTo(17);
	}

	@Test
	void pagesWithACursorThatCarriesEveryShardsPosition() {
		for (int size : new int[] { 1, 4, 6 }) {
			DynamoQuery<Post> page = DynamoQuery.builder(Post.class)
				.where("feedId", "f1")
				.descending()
				.limit(size)
				.build();
			List<Post> paged = new ArrayList<>();
			String cursor = null;
			int pages = 0;
			do {
				DynamoPage<Post> result = this.template.query(page.toBuilder().cursor(cursor).build());
				paged.addAll(result.items());
				cursor = result.nextCursor();
				pages++;
			}
			while (cursor != null && pages <= 18);
			assertThat(paged).as("pages of %d", size).containsExactlyElementsOf(newestFirst(this.feed));
		}
	}

	@Test
	void queriesAShardedIndexAndMovesAnItemBetweenItsShardsOnUpdate() {
		DynamoQuery<Post> news = DynamoQuery.builder(Post.class).index("GSI1").where("topic", "news").build();
		List<Post> expected = new ArrayList<>(
				this.feed.stream().filter((post) -> "news".equals(post.topic())).toList());
		expected.add(1, this.template.findById(Post.class, Map.of("feedId", "f2", "postedAt", T0, "postId", "q"), true)
			.orElseThrow());
		assertThat(this.template.query(news).items()).containsExactlyElementsOf(expected);
		Post moved = this.template.update(Post.class, this.feed.get(1).key(),
				DynamoUpdate.create().set("topic", "news"));
		expected.add(2, moved);
		assertThat(this.template.query(news).items()).containsExactlyElementsOf(expected);
		assertThat(this.template.stream(news.toBuilder().descending().build()).toList())
			.containsExactlyElementsOf(newestFirst(expected));
	}

	private static int shard(String keys, int shards) {
		CRC32 crc = new CRC32();
		crc.update(keys.getBytes(StandardCharsets.UTF_8));
		return (int) (crc.getValue() % shards);
	}

	private static List<Post> newestFirst(List<Post> posts) {
		return posts.stream()
			.sorted(Comparator.comparing(Post::postedAt).thenComparing(Post::postId).reversed())
			.toList();
	}

}
