package dev.ddbkit.sample.ecommerce;

import tools.jackson.databind.JsonNode;

/**
 * An HTTP response of the application: status, content type and JSON body.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header, empty when absent
 * @param body the parsed body
 */
record ApiResponse(int status, String contentType, JsonNode body) {

}
