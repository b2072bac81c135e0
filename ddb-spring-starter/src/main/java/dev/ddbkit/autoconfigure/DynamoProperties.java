package dev.ddbkit.autoconfigure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for ddbkit, bound from {@code ddb.*}.
 *
 * @see DynamoAutoConfiguration
 */
@ConfigurationProperties("ddb")
public class DynamoProperties {

	/**
	 * Where data lives: 'embedded' for the in-memory engine, 'aws' for an AWS SDK client;
	 * when unset, embedded only if an active profile is one of the embedded profiles.
	 */
	private @Nullable Mode mode;

	/**
	 * Active profiles that select the embedded engine when no mode is set.
	 */
	private List<String> embeddedProfiles = new ArrayList<>(List.of("local", "test", "offline"));

	/**
	 * Name of the table that entities without an explicit table are stored in.
	 */
	private String tableName = "ddbkit";

	/**
	 * AWS region of the SDK client, for example 'eu-west-1'; the SDK's default region
	 * chain when unset.
	 */
	private @Nullable String region;

	/**
	 * Endpoint that replaces the SDK client's regional DynamoDB endpoint, for example
	 * 'http://localhost:4566' for LocalStack.
	 */
	private @Nullable URI endpoint;

	/**
	 * What to do at start-up with the tables and indexes the entities declare.
	 */
	private SchemaAction schemaAction = SchemaAction.CREATE_IF_MISSING;

	public @Nullable Mode getMode() {
		return this.mode;
	}

	public void setMode(@Nullable Mode mode) {
		this.mode = mode;
	}

	public List<String> getEmbeddedProfiles() {
		return this.embeddedProfiles;
	}

	public void setEmbeddedProfiles(List<String> embeddedProfiles) {
		this.embeddedProfiles = embeddedProfiles;
	}

	public String getTableName() {
		return this.tableName;
	}

	public void setTableName(String tableName) {
		this.tableName = tableName;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable URI getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable URI endpoint) {
		this.endpoint = endpoint;
	}

	public SchemaAction getSchemaAction() {
		return this.schemaAction;
	}

	public void setSchemaAction(SchemaAction schemaAction) {
		this.schemaAction = schemaAction;
	}

	/**
	 * Which {@code DynamoDbClient} the application gets.
	 */
	public enum Mode {

		/** The in-process ddbkit engine; data lives in memory only. */
		EMBEDDED,

		/** An AWS SDK client for DynamoDB, LocalStack or any compatible endpoint. */
		AWS

	}

	/**
	 * Start-up handling of the tables and indexes that entities declare.
	 */
	public enum SchemaAction {

		/** Leave tables alone. */
		NONE,

		/** Create missing tables and add missing global secondary indexes. */
		CREATE_IF_MISSING

	}

}
