package dev.ddbkit.it.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A case file under {@code src/test/resources/conformance}: lines starting with {@code #}
 * are comments, {@code item: a=S:x; b=N:1} gives the item the table holds before every
 * case, every other non-blank line is one case whose fields are separated by {@code |}
 * and trimmed.
 *
 * @param item the item written before every case
 * @param rows the cases' fields, in file order
 */
record CaseFile(Map<String, AttributeValue> item, List<List<String>> rows) {

	private static final String ITEM = "item:";

	static CaseFile load(String resource) {
		String text;
		try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no case file " + resource);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, AttributeValue> item = Map.of();
		List<List<String>> rows = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith(ITEM)) {
				item = ValueNotation.parseMap(line.substring(ITEM.length()));
				continue;
			}
			rows.add(Arrays.stream(line.split("\\|", -1)).map(String::trim).toList());
		}
		if (item.isEmpty()) {
			throw new IllegalStateException(resource + " has no 'item:' line");
		}
		return new CaseFile(item, List.copyOf(rows));
	}

	/** The field at {@code index} of a row, empty when the row is shorter. */
	static String field(List<String> row, int index) {
		return (index < row.size()) ? row.get(index) : "";
	}

}
