package dev.ddbkit.mapping.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DynamoEntityScopeUnitTests {

	@Test
	void tagsTheCallAndRestoresTheOuterScopeAfterwards() {
		assertThat(DynamoEntityScope.current()).isEqualTo(DynamoEntityScope.NONE);
		String seen = DynamoEntityScope.call("Order", () -> DynamoEntityScope.current() + "/"
				+ DynamoEntityScope.call("Customer", DynamoEntityScope::current) + "/" + DynamoEntityScope.current());
		assertThat(seen).isEqualTo("Order/Customer/Order");
		assertThat(DynamoEntityScope.current()).isEqualTo(DynamoEntityScope.NONE);
	}

	@Test
	void restoresNoneWhenTheCallFails() {
		assertThatIllegalStateException().isThrownBy(() -> DynamoEntityScope.call("Order", () -> {
			throw new IllegalStateException("failed");
		}));
		assertThat(DynamoEntityScope.current()).isEqualTo(DynamoEntityScope.NONE);
		assertThat(DynamoEntityScope.call("Customer", DynamoEntityScope::current)).isEqualTo("Customer");
	}

}
