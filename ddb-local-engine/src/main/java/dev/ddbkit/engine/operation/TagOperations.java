package dev.ddbkit.engine.operation;

import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.storage.TableStore;

/**
 * TagResource, UntagResource and ListTagsOfResource on table ARNs.
 * <p>
 * Source: DynamoDB API Reference, "TagResource" (at most 50 tags per resource; keys
 * 1..128 and values 0..256 characters), Developer Guide "Tagging resources in DynamoDB".
 */
public final class TagOperations {

	private static final int MAX_TAGS = 50;

	private final EngineContext context;

	public TagOperations(EngineContext context) {
		this.context = context;
	}

	/** Adds or replaces tags. */
	public void tag(String resourceArn, Map<String, String> tags) {
		TableStore table = table(resourceArn);
		for (Map.Entry<String, String> tag : tags.entrySet()) {
			if (tag.getKey().isEmpty() || tag.getKey().length() > 128 || tag.getValue().length() > 256) {
				throw EngineException.validation(
						"One or more parameter values were invalid: Tag keys must be 1 to 128 and values 0 to 256 characters long");
			}
		}
		table.lock().lock();
		try {
			long added = tags.keySet().stream().filter((key) -> !table.tags().containsKey(key)).count();
			if (table.tags().size() + added > MAX_TAGS) {
				throw new EngineException(ErrorCode.LIMIT_EXCEEDED,
						"The number of tags on the resource exceeds the limit of " + MAX_TAGS);
			}
			table.tags().putAll(tags);
		}
		finally {
			table.lock().unlock();
		}
	}

	/** Removes tags by key. */
	public void untag(String resourceArn, List<String> keys) {
		TableStore table = table(resourceArn);
		keys.forEach(table.tags()::remove);
	}

	/** The tags of a resource, sorted by key. */
	public Map<String, String> list(String resourceArn) {
		return Map.copyOf(table(resourceArn).tags());
	}

	private TableStore table(String resourceArn) {
		for (String name : this.context.catalog().names()) {
			TableStore table = this.context.catalog().get(name);
			if (table != null && table.definition().arn().equals(resourceArn)) {
				return table;
			}
		}
		throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
				"Requested resource not found: ResourcArn: " + resourceArn + " not found");
	}

}
