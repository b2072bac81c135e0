package dev.ddbkit.engine.expression.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * DynamoDB's reserved words: none may appear as a bare attribute name in an expression
 * (case-insensitive); an expression attribute name must stand in for it.
 * <p>
 * Source: DynamoDB Developer Guide, "Reserved words in DynamoDB" (the list is kept in
 * {@code reserved-words.txt} beside this class's package in the resources).
 */
public final class ReservedWords {

	private static final Set<String> WORDS = load();

	private ReservedWords() {
	}

	/** Whether {@code name} is a reserved word, ignoring case. */
	public static boolean isReserved(String name) {
		return WORDS.contains(name.toUpperCase(Locale.ROOT));
	}

	/** How many words are reserved. */
	public static int count() {
		return WORDS.size();
	}

	private static Set<String> load() {
		String resource = "/dev/ddbkit/engine/expression/reserved-words.txt";
		try (InputStream in = ReservedWords.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			Set<String> words = new HashSet<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.startsWith("#")) {
					for (String word : line.trim().split("\\s+")) {
						if (!word.isEmpty()) {
							words.add(word);
						}
					}
				}
			}
			return Set.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
