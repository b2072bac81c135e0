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
		List<Map<String, Object>> properties = JsonPath.read(metadata(), "$.properties[?(@.name =~ /ddb\\..*/)]");

		assertThat(properties).extracting((property) -> property.get("name"))
			.containsExactlyInAnyOrder("ddb.mode", "ddb.embedded-profiles", "ddb.table-name", "ddb.region",
					"ddb.table-prefix", "ddb.endpoint", "ddb.schema-action", "ddb.credentials.access-key",
					"ddb.credentials.secret-key", "ddb.retry.enabled", "ddb.retry.max-attempts", "ddb.retry.base-delay",
					"ddb.retry.max-delay", "ddb.retry.jitter", "ddb.metrics.enabled", "ddb.metrics.consumed-capacity",
					"ddb.metrics.hot-key-capacity", "ddb.engine.gsi-propagation-delay",
					"ddb.engine.index-backfill-time", "ddb.engine.ttl-sweep-delay", "ddb.engine.ttl-sweep-interval",
					"ddb.engine.max-page-bytes", "ddb.engine.region", "ddb.engine.http-port",
					"ddb.engine.capacity-enforcement", "ddb.engine.throughput.initial-partitions",
					"ddb.engine.throughput.partition-max-size", "ddb.engine.throughput.load-split-after",
					"ddb.engine.throughput.load-split-fraction", "ddb.engine.throughput.account-table-read-units",
					"ddb.engine.throughput.account-table-write-units", "ddb.engine.throughput.diagnostics-window",
					"ddb.engine.throughput.diagnostics-windows", "ddb.engine.throughput.hot-keys");
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
		assertThat(JsonPath.<List<Object>>read(metadata,
				"$.properties[?(@.name == 'ddb.retry.max-attempts')].defaultValue"))
			.containsExactly(8);
		assertThat(
				JsonPath.<List<Object>>read(metadata, "$.properties[?(@.name == 'ddb.retry.base-delay')].defaultValue"))
			.containsExactly("50ms");
		assertThat(JsonPath.<List<Object>>read(metadata,
				"$.properties[?(@.name == 'ddb.engine.capacity-enforcement')].defaultValue"))
			.containsExactly("enforce");
		assertThat(JsonPath.<List<Object>>read(metadata,
				"$.properties[?(@.name == 'ddb.engine.throughput.partition-max-size')].defaultValue"))
			.containsExactly("10GB");
	}

	private static String metadata() throws IOException {
		try (InputStream in = DynamoConfigurationMetadataUnitTests.class.getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
