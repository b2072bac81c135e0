package dev.ddbkit.autoconfigure;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Resolves the effective mode for {@link ConditionalOnDynamoMode}; only active profiles
 * count, never the default profile.
 */
final class OnDynamoModeCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = Objects
			.requireNonNull(metadata.getAnnotationAttributes(ConditionalOnDynamoMode.class.getName()));
		DynamoProperties.Mode required = (DynamoProperties.Mode) attributes.get("value");
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnDynamoMode.class,
				"(" + required + ")");
		Environment environment = context.getEnvironment();
		DynamoProperties properties = Binder.get(environment)
			.bind("ddb", DynamoProperties.class)
			.orElseGet(DynamoProperties::new);
		DynamoProperties.Mode mode = properties.getMode();
		String reason;
		if (mode != null) {
			reason = "ddb.mode is " + mode;
		}
		else {
			String profile = Arrays.stream(environment.getActiveProfiles())
				.filter(properties.getEmbeddedProfiles()::contains)
				.findFirst()
				.orElse(null);
			mode = (profile != null) ? DynamoProperties.Mode.EMBEDDED : DynamoProperties.Mode.AWS;
			reason = (profile != null) ? "ddb.mode is not set and embedded profile '" + profile + "' is active"
					: "ddb.mode is not set and no active profile is one of " + properties.getEmbeddedProfiles();
		}
		return (mode == required) ? ConditionOutcome.match(message.because(reason))
				: ConditionOutcome.noMatch(message.because(reason));
	}

}
