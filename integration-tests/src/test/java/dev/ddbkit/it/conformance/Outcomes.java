package dev.ddbkit.it.conformance;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * What a client observes of one request, as one comparable line: the answer rendered by
 * the case kind, or {@code <error code>: <message>} from the error details (the
 * exception's own message names the service, which differs between backends).
 */
final class Outcomes {

	private Outcomes() {
	}

	static String of(Supplier<String> request) {
		try {
			return request.get();
		}
		catch (DynamoDbException ex) {
			if (ex.awsErrorDetails() == null) {
				return "exception " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
			return ex.awsErrorDetails().errorCode() + ": " + ex.awsErrorDetails().errorMessage();
		}
		catch (RuntimeException ex) {
			return "exception " + ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

	/** {@code item {a=S:x}}, or {@code no item} for an absent one. */
	static String item(Map<String, AttributeValue> item, boolean present) {
		return present ? "item " + ValueNotation.render(item) : "no item";
	}

	/** {@code count=1 items [{a=S:x}]}. */
	static String items(Integer count, List<Map<String, AttributeValue>> items) {
		return "count=" + count + " items "
				+ items.stream().map(ValueNotation::render).collect(Collectors.joining(", ", "[", "]"));
	}

	/** A long text cut to {@code max} characters for display names. */
	static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
	}

}
