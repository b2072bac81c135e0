package dev.ddbkit.autoconfigure.diagnostics;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes the SDK client's failure to find a region or credentials in {@code aws} mode.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/region-selection.html">AWS
 * SDK for Java 2.x: region selection</a>
 */
final class DynamoRegionOrCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<SdkClientException> {

	private static final String EMBEDDED_HINT = " To run without AWS, set ddb.mode=embedded or activate one of the "
			+ "ddb.embedded-profiles (local, test, offline by default) to use the in-memory engine.";

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SdkClientException cause) {
		String message = String.valueOf(cause.getMessage());
		if (message.contains("Unable to load region")) {
			return new FailureAnalysis(
					"ddbkit is in aws mode (ddb.mode=aws, or no mode and no embedded profile active) but the "
							+ "DynamoDB client has no AWS region: " + message,
					"Set ddb.region (for example ddb.region=eu-west-1), the AWS_REGION environment variable or "
							+ "the aws.region system property." + EMBEDDED_HINT,
					cause);
		}
		if (message.contains("Unable to load credentials")) {
			return new FailureAnalysis(
					"ddbkit is in aws mode but the DynamoDB client found no AWS credentials: " + message,
					"Set ddb.credentials.access-key and ddb.credentials.secret-key, or provide credentials through "
							+ "the SDK's default chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
							+ "~/.aws/credentials with AWS_PROFILE, or an instance or task role)." + EMBEDDED_HINT,
					cause);
		}
		return null;
	}

}
