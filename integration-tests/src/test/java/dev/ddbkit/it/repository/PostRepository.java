package dev.ddbkit.it.repository;

import java.time.Instant;
import java.util.List;

import dev.ddbkit.it.mapping.domain.Post;
import dev.ddbkit.it.mapping.domain.PostKey;
import dev.ddbkit.mapping.repository.AllowCount;
import dev.ddbkit.mapping.repository.DynamoRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/** Derived queries on a write-sharded feed partition and a write-sharded topic index. */
public interface PostRepository extends DynamoRepository<Post, PostKey> {

	List<Post> findByFeedIdOrderByPostedAtDesc(String feedId);

	List<Post> findByFeedId(String feedId, Sort sort);

	List<Post> findByFeedIdAndPostedAtBetween(String feedId, Instant from, Instant to);

	List<Post> findTop3ByFeedIdAndLikesGreaterThanOrderByPostedAtDesc(String feedId, int likes);

	Slice<Post> findByFeedId(String feedId, Pageable pageable);

	Window<Post> findByTopicOrderByPostedAtDesc(String topic, ScrollPosition position, Limit limit);

	@AllowCount
	Page<Post> findByTopic(String topic, Pageable pageable);

	long countByTopic(String topic);

}
