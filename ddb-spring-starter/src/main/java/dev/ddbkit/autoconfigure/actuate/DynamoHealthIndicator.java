package dev.ddbkit.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the tables the entities declare: {@code UP} when each one exists and is
 * {@code ACTIVE} or {@code UPDATING} (still serving requests), {@code DOWN} otherwise,
 * with each table's status ({@code MISSING} for a table that does not exist) in the
 * details.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html">TableDescription</a>
 */
public class DynamoHealthIndicator extends AbstractHealthIndicator {

	private final DynamoDbClient client;

	private final List<String> tables;

	/**
	 * Create an indicator.
	 * @param client the client
	 * @param tables the names of the tables to check
	 */
	public DynamoHealthIndicator(DynamoDbClient client, List<String> tables) {
		super("DynamoDB health check failed");
		this.client = client;
		this.tables = List.copyOf(tables);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, String> statuses = new LinkedHashMap<>();
		boolean up = true;
		for (String table : this.tables) {
			String status = status(table);
			statuses.put(table, status);
			up &= status.equals(TableStatus.ACTIVE.toString()) || status.equals(TableStatus.UPDATING.toString());
		}
		(up ? builder.up() : builder.down()).withDetail("tables", statuses);
	}

	private String status(String table) {
		try {
			TableDescription description = this.client.describeTable((request) -> request.tableName(table)).table();
			// A backend that reports no status serves the table.
			return (description.tableStatus() != null) ? description.tableStatusAsString()
					: TableStatus.ACTIVE.toString();
		}
		catch (ResourceNotFoundException ex) {
			return "MISSING";
		}
	}

}
