package dev.ddbkit.sample.ecommerce.order;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class OrderStatusMachineUnitTests {

	@Test
	void theHappyPathMovesForwardOneStepAtATime() {
		List<String> path = List.of("created", "approved", "invoiced", "processing", "shipped", "delivered");
		for (int i = 1; i < path.size(); i++) {
			String from = path.get(i - 1);
			String to = path.get(i);
			assertThatNoException().isThrownBy(() -> OrderStatusMachine.check("o", from, to));
		}
	}

	@Test
	void endStatesHaveNoWayOutAndNoStatusGoesBack() {
		for (String end : List.of("delivered", "canceled", "unavailable")) {
			assertThat(OrderStatusMachine.next(end)).isEmpty();
		}
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> OrderStatusMachine.check("o1", "shipped", "processing"))
			.withMessageContaining("o1")
			.withMessageContaining("[delivered]");
	}

	@Test
	void anOrderCanBeCanceledUntilItShips() {
		for (String status : OrderStatuses.ALL) {
			boolean open = List.of("created", "approved", "invoiced", "processing").contains(status);
			assertThat(OrderStatusMachine.next(status).contains("canceled")).as(status).isEqualTo(open);
		}
	}

	@Test
	void everyKnownStatusHasAnEntry() {
		assertThat(OrderStatuses.ALL)
			.allSatisfy((status) -> assertThat(OrderStatusMachine.next(status)).isSubsetOf(OrderStatuses.ALL));
		assertThat(OrderStatusMachine.next("lost")).isEmpty();
	}

}
