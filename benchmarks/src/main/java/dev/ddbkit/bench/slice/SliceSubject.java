package dev.ddbkit.bench.slice;

import dev.ddbkit.autoconfigure.test.DynamoTest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test class as users write it: {@code @DynamoTest} with the repository injected. The
 * probe drives it through Spring's {@code TestContextManager}, the same path JUnit's
 * {@code SpringExtension} takes, so the measured start is the slice's own.
 */
@DynamoTest
public class SliceSubject {

	@Autowired
	@Nullable SliceOrderRepository orders;

	/** Saves one order and reads it back by id; whether it was found. */
	public boolean saveAndFind() {
		SliceOrderRepository repository = this.orders;
		if (repository == null) {
			throw new IllegalStateException("The slice did not inject the repository");
		}
		repository.save(new SliceOrder("o1", "c1", "PLACED", 1999));
		return repository.findById("o1").isPresent();
	}

}
