package dev.ddbkit.autoconfigure.test.slice;

import java.time.Duration;

import dev.ddbkit.autoconfigure.test.DynamoTest;
import dev.ddbkit.autoconfigure.test.DynamoTestClock;
import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DynamoTest} boots the data layer alone on the embedded engine, whose clock the
 * test moves: a GSI written with a propagation delay shows the write only once the clock
 * has passed it.
 */
@DynamoTest(properties = "ddb.engine.gsi-propagation-delay=1s")
class DynamoTestSliceUnitTests {

	@Autowired
	private GadgetRepository gadgets;

	@Autowired
	private DynamoTestClock clock;

	@Autowired
	private ApplicationContext context;

	@Test
	void bootsRepositoriesOnTheEmbeddedEngineWithoutScannedComponents() {
		assertThat(this.context.getBeansOfType(DynamoEngine.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(SliceComponent.class)).isEmpty();

		this.gadgets.save(new Gadget("g1", "lamp"));

		assertThat(this.gadgets.findById("g1")).get().extracting(Gadget::getKind).isEqualTo("lamp");
	}

	@Test
	void theManualClockDrivesTheEngine() {
		this.gadgets.save(new Gadget("g2", "chair"));

		assertThat(this.gadgets.findByKind("chair")).isEmpty();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.gadgets.findByKind("chair")).extracting(Gadget::getId).containsExactly("g2");
	}

}
