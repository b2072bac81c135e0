package dev.ddbkit.engine.server;

import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// AWS JSON 1.0 as the SDKs write it: members by their model names, attribute values as
// {"<type>": value} with exactly one member, blobs in Base64, timestamps in epoch seconds.
class SdkJsonCodecUnitTests {

	private static final JsonFactory JSON = new JsonFactory();

	@Test
	void attributeValuesOfOneMemberWriteAsTheirFieldMetadataSays() {
		Map<String, AttributeValue> nested = new LinkedHashMap<>();
		nested.put("s", AttributeValue.fromS("é\"\n"));
		nested.put("l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromBool(true))));
		Map<AttributeValue, String> expected = new LinkedHashMap<>();
		expected.put(AttributeValue.fromS("text"), "{\"S\":\"text\"}");
		expected.put(AttributeValue.fromS(""), "{\"S\":\"\"}");
		expected.put(AttributeValue.fromN("-12.50"), "{\"N\":\"-12.50\"}");
		expected.put(AttributeValue.fromBool(false), "{\"BOOL\":false}");
		expected.put(AttributeValue.fromNul(true), "{\"NULL\":true}");
		expected.put(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2 })), "{\"B\":\"AQI=\"}");
		expected.put(AttributeValue.fromSs(List.of("a", "b")), "{\"SS\":[\"a\",\"b\"]}");
		expected.put(AttributeValue.fromNs(List.of("1", "2")), "{\"NS\":[\"1\",\"2\"]}");
		expected.put(AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] { 3 }))), "{\"BS\":[\"Aw==\"]}");
		expected.put(AttributeValue.fromM(Map.of()), "{\"M\":{}}");
		expected.put(AttributeValue.fromL(List.of()), "{\"L\":[]}");
		expected.put(AttributeValue.fromM(nested),
				"{\"M\":{\"s\":{\"S\":\"é\\\"\\n\"},\"l\":{\"L\":[{\"N\":\"1\"},{\"BOOL\":true}]}}}");
		expected.put(AttributeValue.builder().s("a").n("1").build(), "{\"S\":\"a\",\"N\":\"1\"}");
		expected.put(AttributeValue.builder().s("a").s(null).build(), "{}");
		expected.put(AttributeValue.builder().build(), "{}");
		expected.forEach((value, json) -> {
			assertThat(write((generator) -> SdkJsonWriter.write(generator, value))).as(json).isEqualTo(json);
			assertThat(write((generator) -> SdkJsonWriter.writeFields(generator, value))).as(json).isEqualTo(json);
			assertThat(read(json, AttributeValue::builder)).as(json).isEqualTo(value);
		});
	}

	@Test
	void modelObjectsWriteMembersInModelOrderWithoutAbsentOnes() {
		DescribeTableResponse response = DescribeTableResponse.builder()
			.table((table) -> table.tableName("T").creationDateTime(Instant.ofEpochMilli(1_500)).itemCount(3L))
			.build();
		assertThat(write((generator) -> SdkJsonWriter.write(generator, response)))
			.isEqualTo("{\"Table\":{\"TableName\":\"T\",\"CreationDateTime\":1.500,\"ItemCount\":3}}");
	}

	@Test
	void requestsReadIntoTheModelTheSdkBuilds() {
		String json = "{\"TableName\":\"T\",\"Limit\":25,\"ScanIndexForward\":false,\"Unknown\":{\"x\":[1,{}]},"
				+ "\"IndexName\":null,\"KeyConditionExpression\":\"PK = :pk\","
				+ "\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"a\"}},"
				+ "\"ExclusiveStartKey\":{\"PK\":{\"S\":\"a\"},\"SK\":{\"B\":\"AQI=\"}}}";
		QueryRequest expected = QueryRequest.builder()
			.tableName("T")
			.limit(25)
			.scanIndexForward(false)
			.keyConditionExpression("PK = :pk")
			.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("a")))
			.exclusiveStartKey(Map.of("PK", AttributeValue.fromS("a"), "SK",
					AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2 }))))
			.build();
		assertThat(read(json, QueryRequest::builder)).isEqualTo(expected);
		assertThat(read("{}", ListTablesRequest::builder)).isEqualTo(ListTablesRequest.builder().build());
	}

	@Test
	void aWrittenRequestReadsBackEqual() {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		item.put("PK", AttributeValue.fromS("p"));
		item.put("n", AttributeValue.fromN("1e3"));
		item.put("m", AttributeValue.fromM(Map.of("ns", AttributeValue.fromNs(List.of("1", "2")))));
		item.put("null", AttributeValue.fromNul(true));
		TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
			.transactItems(TransactWriteItem.builder()
				.put(Put.builder().tableName("T").item(item).conditionExpression("attribute_not_exists(PK)").build())
				.build())
			.clientRequestToken("token")
			.build();
		String json = write((generator) -> SdkJsonWriter.write(generator, request));
		assertThat(read(json, TransactWriteItemsRequest::builder)).isEqualTo(request);
		PutItemRequest put = PutItemRequest.builder()
			.tableName("T")
			.item(item)
			.returnValues(ReturnValue.ALL_OLD)
			.build();
		assertThat(read(write((generator) -> SdkJsonWriter.write(generator, put)), PutItemRequest::builder))
			.isEqualTo(put);
	}

	@Test
	void membersOfTheWrongJsonTypeAreWireFormatErrors() {
		assertThatExceptionOfType(SdkJsonCodec.WireFormatException.class)
			.isThrownBy(() -> read("{\"Limit\":\"x\"}", QueryRequest::builder))
			.withMessage("Unexpected value for Limit");
		assertThatExceptionOfType(SdkJsonCodec.WireFormatException.class)
			.isThrownBy(() -> read("{\"TableName\":5}", QueryRequest::builder))
			.withMessage("Unexpected value for TableName");
		assertThatExceptionOfType(SdkJsonCodec.WireFormatException.class)
			.isThrownBy(() -> read("{\"ExclusiveStartKey\":[]}", QueryRequest::builder))
			.withMessage("Unexpected value for ExclusiveStartKey");
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> read("{\"Limit\":1e20}", QueryRequest::builder));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> read("{\"TableName\":\"T\",\"Limit\":", QueryRequest::builder));
	}

	private static Object read(String json, Supplier<? extends SdkPojo> builder) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
			parser.nextToken();
			return SdkJsonCodec.read(parser, builder);
		}
	}

	private static String write(Consumer<JsonGenerator> content) {
		StringWriter out = new StringWriter();
		try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
			content.accept(generator);
		}
		return out.toString();
	}

}
