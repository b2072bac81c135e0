package dev.ddbkit.engine.client;

import java.util.List;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/**
 * Engine cancellation reasons as SDK {@link CancellationReason}s.
 */
final class CancellationReasons {

	private CancellationReasons() {
	}

	static List<CancellationReason> of(EngineException ex) {
		if (!(ex instanceof TransactionCanceledException canceled)) {
			return List.of();
		}
		return canceled.reasons()
			.stream()
			.map((reason) -> CancellationReason.builder()
				.code(reason.code())
				.message(reason.message())
				.item((reason.item() != null) ? ValueConverter.fromValues(reason.item()) : null)
				.build())
			.toList();
	}

}
