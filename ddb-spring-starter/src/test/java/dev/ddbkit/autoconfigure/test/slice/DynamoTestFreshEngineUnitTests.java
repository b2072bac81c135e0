package dev.ddbkit.autoconfigure.test.slice;

import dev.ddbkit.autoconfigure.test.DynamoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each {@code @DynamoTest} class starts on an empty engine: the items another test class
 * (e.g. {@link DynamoTestSliceUnitTests}) saved are not here, whatever the run order.
 */
@DynamoTest
class DynamoTestFreshEngineUnitTests {

	@Autowired
	private GadgetRepository gadgets;

	@Test
	void startsWithAnEmptyTable() {
		assertThat(this.gadgets.findById("g1")).isEmpty();
		assertThat(this.gadgets.findById("g2")).isEmpty();
		this.gadgets.save(new Gadget("g1", "lamp"));
		assertThat(this.gadgets.findByKind("lamp")).extracting(Gadget::getId).containsExactly("g1");
	}

}
