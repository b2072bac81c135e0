package dev.ddbkit.it.sdk;

import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to live settings, tags and table statistics (API UpdateTimeToLive,
 * DescribeTimeToLive, TagResource, ListTagsOfResource, DescribeTable "ItemCount").
 */
@EveryBackend
class ControlPlaneIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	ControlPlaneIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
	}

	@Test
	void enablesTimeToLiveOnAnAttribute() {
		// TTL starts DISABLED; UpdateTimeToLive names the attribute and
		// DescribeTimeToLive reports it enabled.
		assertThat(this.ddb.describeTimeToLive((request) -> request.tableName(this.table))
			.timeToLiveDescription()
			.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
		this.ddb.updateTimeToLive((request) -> request.tableName(this.table)
			.timeToLiveSpecification((spec) -> spec.attributeName("expiresAt").enabled(true)));
		DescribeTimeToLiveResponse described = this.ddb.describeTimeToLive((request) -> request.tableName(this.table));
		assertThat(described.timeToLiveDescription().attributeName()).isEqualTo("expiresAt");
		assertThat(described.timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
	}

	@Test
	@RequiresCapability(DynamoCapability.TAGGING)
	void tagsATableByItsArn() {
		// Tags are set and listed by the table's ARN.
		String arn = this.ddb.describeTable((request) -> request.tableName(this.table)).table().tableArn();
		this.ddb.tagResource((request) -> request.resourceArn(arn)
			.tags(Tag.builder().key("team").value("orders").build(), Tag.builder().key("env").value("test").build()));
		this.ddb.untagResource((request) -> request.resourceArn(arn).tagKeys("env"));
		assertThat(this.ddb.listTagsOfResource((request) -> request.resourceArn(arn)).tags())
			.containsExactly(Tag.builder().key("team").value("orders").build());
	}

	@Test
	void countsItemsInTheTableDescription() {
		// DescribeTable reports ItemCount and TableSizeBytes (the service refreshes them
		// about every six hours;
		// local backends report them at once).
		for (String pk : new String[] { "a", "b", "c" }) {
			this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s(pk), "v", s("xyz"))));
		}
		TableDescription description = this.ddb.describeTable((request) -> request.tableName(this.table)).table();
		assertThat(description.itemCount()).isEqualTo(3);
		assertThat(description.tableSizeBytes()).isPositive();
		assertThat(Map.of("items", description.itemCount())).containsEntry("items", 3L);
	}

}
