package dev.ddbkit.it.mapping.domain;

import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

/**
 * A post in a hot feed: the feed's partition key is written over 4 shards and the topic
 * index's over 3, so reads of one feed or topic scatter over every shard and merge by
 * sort key.
 */
@DynamoEntity(type = "Post")
@PartitionKey(value = "FEED#{feedId}", shards = 4)
@SortKey("POST#{postedAt}#{postId}")
@IndexPartitionKey(index = "GSI1", value = "TOPIC#{topic}", shards = 3)
@IndexSortKey(index = "GSI1", value = "{postedAt}#{postId}")
public record Post(String feedId, String postId, Instant postedAt, @Nullable String topic, int likes) {

	public Post withTopic(@Nullable String newTopic) {
		return new Post(this.feedId, this.postId, this.postedAt, newTopic, this.likes);
	}

	/** The identifier the repository uses: the properties the table key reads. */
	public PostKey key() {
		return new PostKey(this.feedId, this.postedAt, this.postId);
	}

}
