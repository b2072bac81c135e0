package dev.ddbkit.sample.ecommerce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.ddbkit.mapping.schema.DynamoMappingContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample publishes its access-pattern report in {@code docs/access-patterns.md}:
 * every entity's key templates and indexes, and how each repository method runs, as
 * planned at start-up. The document must match what the application plans;
 * {@code -Dddbkit.docs.write=true} rewrites it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
class AccessPatternsDocumentTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "access-patterns.md");

	private static final String PREAMBLE = """
			<!-- Generated from the sample app's entities and repositories by AccessPatternsDocumentTests;
			     regenerate with: ./mvnw -B -pl sample-ecommerce-app -am verify -Dddbkit.docs.write=true -->
			""";

	@Autowired
	private DynamoMappingContext mappingContext;

	@Test
	void publishedReportMatchesWhatTheApplicationPlans() throws IOException {
		String report = PREAMBLE + this.mappingContext.getAccessPatterns().toMarkdown();
		if (Boolean.getBoolean("ddbkit.docs.write")) {
			Files.writeString(DOCUMENT, report, StandardCharsets.UTF_8);
		}
		assertThat(report).contains("| `OrderRepository.").doesNotContain("scan");
		assertThat(DOCUMENT).as("docs/access-patterns.md is stale: regenerate it with -Dddbkit.docs.write=true")
			.hasContent(report);
	}

}
