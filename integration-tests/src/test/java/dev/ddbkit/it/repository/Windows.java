package dev.ddbkit.it.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;

/** Scrolls keyset windows the way a client does. */
final class Windows {

	private Windows() {
	}

	/**
	 * Every window of a keyset scroll from the start, each continuing at the position of
	 * the last element of the one before, while there is a next; stops after
	 * {@code maxWindows} so that a scroll that never ends fails instead of hanging.
	 */
	static <T> List<Window<T>> scroll(Function<ScrollPosition, Window<T>> query, int maxWindows) {
		List<Window<T>> windows = new ArrayList<>();
		Window<T> window = query.apply(ScrollPosition.keyset());
		windows.add(window);
		while (window.hasNext() && !window.isEmpty() && windows.size() < maxWindows) {
			window = query.apply(window.positionAt(window.size() - 1));
			windows.add(window);
		}
		return windows;
	}

	/** The elements of the windows, in order. */
	static <T> List<T> contents(List<Window<T>> windows) {
		return windows.stream().flatMap(Window::stream).toList();
	}

	/**
	 * Checks that scrolling backward from the first position of every window but the
	 * first returns exactly the window before it.
	 */
	static <T> void assertBackwardReturnsEachPreviousWindow(List<Window<T>> windows,
			Function<ScrollPosition, Window<T>> query) {
		for (int i = 1; i < windows.size(); i++) {
			KeysetScrollPosition first = (KeysetScrollPosition) windows.get(i).positionAt(0);
			assertThat(query.apply(first.backward()).getContent()).as("backward from window %d", i)
				.containsExactlyElementsOf(windows.get(i - 1).getContent());
		}
	}

}
