package dev.ddbkit.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata that IDEs complete {@code ddb.*} from is generated, and
 * every property has a one-sentence description.
 */
class DynamoConfigurationMetadataUnitTests {

	@Test
	void everyDdbPropertyIsDescribedInOneSentence() throws IOException {
		List<Map<String, Object>> properties = JsonPath.read(metadata(),
				"$.properties[?(@.sourceType == '" + DynamoProperties.class.getName() + "')]");

		assertThat(properties).extracting((property) -> property.get("name"))
			.containsExactlyInAnyOrder("ddb.mode", "ddb.embedded-profiles", "ddb.table-name", "ddb.region",
					"ddb.endpoint", "ddb.schema-action");
		assertThat(properties).allSatisfy((property) -> assertThat((String) property.get("description"))
			.as("description of %s", property.get("name"))
			.isNotBlank()
			.endsWith(".")
			.satisfies((description) -> assertThat(description.split("\\. ")).hasSize(1)));
	}

	@Test
	void defaultsAreInTheMetadata() throws IOException {
		String metadata = metadata();

		assertThat(JsonPath.<List<Object>>read(metadata, "$.properties[?(@.name == 'ddb.table-name')].defaultValue"))
			.containsExactly("ddbkit");
		assertThat(JsonPath.<List<Object>>read(metadata,
				"$.properties[?(@.name == 'ddb.embedded-profiles')].defaultValue"))
			.containsExactly(List.of("local", "test", "offline"));
	}

	private static String metadata() throws IOException {
		try (InputStream in = DynamoConfigurationMetadataUnitTests.class.getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
