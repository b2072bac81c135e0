package dev.ddbkit.sample.ecommerce.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

/**
 * Opaque page cursors: the keyset position after a window's last item (DynamoDB's
 * {@code LastEvaluatedKey}) and the listing it belongs to, as base64url JSON, and back. A
 * cursor is only accepted by the listing that wrote it: DynamoDB rejects a start key from
 * another partition or index, and the client must hear that as a bad request.
 */
public final class Cursors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Cursor> CURSOR = new TypeReference<>() {
	};

	private Cursors() {
	}

	/**
	 * The cursor of the page after a window.
	 * @param window a window read forward from a keyset position
	 * @param listing what was listed, e.g. {@code customer-orders/<id>}
	 * @return the cursor, or {@code null} when the window is the last one
	 */
	public static @Nullable String next(Window<?> window, String listing) {
		if (!window.hasNext() || window.isEmpty()) {
			return null;
		}
		ScrollPosition position = window.positionAt(window.size() - 1);
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw new IllegalStateException("Expected a keyset position but got " + position);
		}
		byte[] json = JSON.writeValueAsBytes(new Cursor(listing, keyset.getKeys()));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
	}

	/**
	 * The position a cursor stands for.
	 * @param cursor a cursor from {@link #next(Window, String)}, or {@code null} for the
	 * first page
	 * @param listing what is listed, as given to {@link #next(Window, String)}
	 * @return the position to read forward from
	 * @throws BadRequestException when the cursor was not written for this listing
	 */
	public static ScrollPosition position(@Nullable String cursor, String listing) {
		if (cursor == null || cursor.isEmpty()) {
			return ScrollPosition.keyset();
		}
		try {
			String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			Cursor decoded = JSON.readValue(json, CURSOR);
			if (listing.equals(decoded.listing()) && decoded.keys() != null && !decoded.keys().isEmpty()) {
				return ScrollPosition.forward(decoded.keys());
			}
		}
		catch (IllegalArgumentException | JacksonException ex) {
			// answered below
		}
		throw new BadRequestException(
				"Invalid cursor '" + cursor + "': pass the nextCursor of the previous page of the same listing");
	}

	private record Cursor(@Nullable String listing, @Nullable Map<String, Object> keys) {
	}

	/**
	 * Checks a page size.
	 * @param limit the requested size, or {@code null} for the default
	 * @param defaultLimit the default size
	 * @param maxLimit the largest size accepted
	 * @return the size
	 * @throws BadRequestException when the size is out of range
	 */
	public static int limit(@Nullable Integer limit, int defaultLimit, int maxLimit) {
		if (limit == null) {
			return defaultLimit;
		}
		if (limit < 1 || limit > maxLimit) {
			throw new BadRequestException("limit must be between 1 and " + maxLimit + " but was " + limit);
		}
		return limit;
	}

}
