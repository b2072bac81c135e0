package dev.ddbkit.sample.ecommerce;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP client for the running application: requests over the JDK's
 * {@link HttpClient}, JSON bodies read with Jackson, and a walk over every page of a
 * cursor-paginated listing.
 */
final class ApiClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	ApiClient(int port) {
		this.port = port;
	}

	/**
	 * Reads every page of a listing, following {@code nextCursor} until it is
	 * {@code null}, and checks that each page answers 200, holds at most {@code limit}
	 * items and that no cursor comes twice.
	 */
	List<JsonNode> walk(String path, int limit) {
		List<JsonNode> all = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String cursor = null;
		do {
			String separator = path.contains("?") ? "&" : "?";
			String page = path + separator + "limit=" + limit
					+ ((cursor != null) ? "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) : "");
			ApiResponse response = get(page);
			assertThat(response.status()).as(page).isEqualTo(200);
			JsonNode items = response.body().get("items");
			assertThat(items.size()).isLessThanOrEqualTo(limit);
			items.forEach(all::add);
			JsonNode next = response.body().path("nextCursor");
			cursor = (next.isNull() || next.isMissingNode()) ? null : next.asString();
			assertThat(cursor == null || cursors.add(cursor)).as("cursor repeated: %s", cursor).isTrue();
		}
		while (cursor != null);
		return all;
	}

	ApiResponse get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	ApiResponse patch(String path, String body) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	ApiResponse post(String path, String body, String... headers) {
		return send(json(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	ApiResponse put(String path, String body) {
		return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	ApiResponse delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
	}

	private HttpRequest.Builder json(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
		return (headers.length > 0) ? builder.headers(headers) : builder;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private ApiResponse send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new ApiResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					this.json.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
