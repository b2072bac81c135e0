package dev.ddbkit.it.mapping.domain;

import java.time.Instant;

/** The composite identifier of a post. */
public record PostKey(String feedId, Instant postedAt, String postId) {
}
