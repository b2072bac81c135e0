package dev.ddbkit.sample.ecommerce.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorsUnitTests {

	@Test
	void cursorOfAWindowWithMoreReadsBackAsTheKeysetAfterItsLastItem() {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put("PK", "ORDER#1");
		keys.put("SK", "ORDER");
		keys.put("GSI1PK", "CUSTOMER#c");
		Window<String> window = Window.from(List.of("a", "b"),
				(index) -> (index == 1) ? ScrollPosition.forward(keys) : ScrollPosition.keyset(), true);

		String cursor = Cursors.next(window, "customer-orders/c");

		assertThat(cursor).matches("[A-Za-z0-9_-]+");
		assertThat(Cursors.position(cursor, "customer-orders/c")).isInstanceOfSatisfying(KeysetScrollPosition.class,
				(position) -> assertThat(position.getKeys()).containsExactlyEntriesOf(keys));
	}

	@Test
	void cursorOfAnotherListingIsABadRequest() {
		Window<String> window = Window.from(List.of("a"),
				(index) -> ScrollPosition.forward(Map.of("PK", "ORDER#1", "SK", "ORDER")), true);

		String cursor = Cursors.next(window, "customer-orders/c");

		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Cursors.position(cursor, "customer-orders/d"))
			.withMessageContaining("same listing");
	}

	@Test
	void lastWindowHasNoCursorAndNoCursorMeansTheFirstPage() {
		Window<String> window = Window.from(List.of("a"), (index) -> ScrollPosition.keyset(), false);

		assertThat(Cursors.next(window, "l")).isNull();
		assertThat(Cursors.position(null, "l")).isEqualTo(ScrollPosition.keyset());
	}

	@Test
	void cursorThatThisServiceDidNotWriteIsABadRequest() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursors.position("%%%", "l"))
			.withMessageContaining("Invalid cursor");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursors.position("bm90IGpzb24", "l"))
			.withMessageContaining("Invalid cursor");
	}

	@Test
	void limitDefaultsAndRejectsSizesOutOfRange() {
		assertThat(Cursors.limit(null, 20, 100)).isEqualTo(20);
		assertThat(Cursors.limit(100, 20, 100)).isEqualTo(100);
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursors.limit(0, 20, 100));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursors.limit(101, 20, 100));
	}

}
