package dev.ddbkit.engine.server;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import dev.ddbkit.engine.error.ErrorCode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Answers each complete HTTP request on the event loop that read it: the JSON body is
 * read straight into the action's SDK request, the engine's in-process client answers it
 * and the response model is written straight into the response buffer. Running on the
 * event loop saves a thread hand-off per request; it is sound because no engine call
 * waits on I/O or a timer: the engine's locks guard in-memory work only (a transaction
 * holds its tables' locks for the duration of its own in-memory writes), so the longest a
 * loop is held is one request's CPU time (a 1 MB Scan page), as with any worker thread.
 */
@Sharable
final class DynamoHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

	private static final Logger logger = LoggerFactory.getLogger(DynamoHttpHandler.class);

	private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

	private static final byte[] HEALTHY = "healthy: dynamodb.ddbkit.local ".getBytes(StandardCharsets.UTF_8);

	private static final String MALFORMED = "Start of structure or map found where not expected.";

	private final JsonFactory json = new JsonFactory();

	private final DynamoTargets targets;

	DynamoHttpHandler(DynamoTargets targets) {
		this.targets = targets;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
		FullHttpResponse response;
		if (!request.decoderResult().isSuccess()) {
			response = response(context.alloc(), HttpResponseStatus.BAD_REQUEST, "text/plain", (out) -> {
			});
			HttpUtil.setKeepAlive(request, false);
		}
		else if (!HttpMethod.POST.equals(request.method())) {
			ByteBuf body = context.alloc().buffer(HEALTHY.length).writeBytes(HEALTHY);
			response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, body);
			headers(response, "text/plain");
		}
		else {
			response = answer(context.alloc(), request);
		}
		boolean keepAlive = HttpUtil.isKeepAlive(request);
		HttpUtil.setKeepAlive(response, keepAlive);
		if (keepAlive) {
			context.writeAndFlush(response, context.voidPromise());
		}
		else {
			context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
		}
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
		logger.debug("Closing a connection after a transport error", cause);
		context.close();
	}

	private FullHttpResponse answer(ByteBufAllocator alloc, FullHttpRequest request) {
		DynamoTargets.Target target = this.targets.get(request.headers().get("X-Amz-Target"));
		if (target == null) {
			return error(alloc, HttpResponseStatus.BAD_REQUEST, ErrorCode.UNKNOWN_OPERATION, "");
		}
		byte[] body = ByteBufUtil.getBytes(request.content());
		try {
			SdkPojo response = target.call().apply(read(body, target));
			return response(alloc, HttpResponseStatus.OK, CONTENT_TYPE,
					(generator) -> SdkJsonWriter.write(generator, response));
		}
		catch (JacksonException ex) {
			return error(alloc, HttpResponseStatus.BAD_REQUEST, ErrorCode.SERIALIZATION, MALFORMED);
		}
		catch (SdkJsonCodec.WireFormatException | ArithmeticException ex) {
			// as with a parse before conversion: malformed JSON wins over an earlier
			// misfit
			String message = wellFormed(body) ? String.valueOf(ex.getMessage()) : MALFORMED;
			return error(alloc, HttpResponseStatus.BAD_REQUEST, ErrorCode.SERIALIZATION, message);
		}
		catch (DynamoDbException ex) {
			return response(alloc, HttpResponseStatus.valueOf(ErrorEnvelopes.status(ex.awsErrorDetails().errorCode())),
					CONTENT_TYPE, (generator) -> ErrorEnvelopes.write(generator, ex));
		}
		catch (RuntimeException ex) {
			logger.warn("Request failed inside the engine", ex);
			return error(alloc, HttpResponseStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_SERVER_ERROR,
					"Internal server error");
		}
	}

	/** The request model; an empty body is an empty request. */
	private Object read(byte[] body, DynamoTargets.Target target) {
		if (body.length == 0) {
			return ((SdkBuilder<?, ?>) target.builder().get()).build();
		}
		try (JsonParser parser = this.json.createParser(ObjectReadContext.empty(), body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new SdkJsonCodec.WireFormatException(MALFORMED);
			}
			return SdkJsonCodec.read(parser, target.builder());
		}
	}

	private boolean wellFormed(byte[] body) {
		try (JsonParser parser = this.json.createParser(ObjectReadContext.empty(), body)) {
			parser.nextToken();
			parser.skipChildren();
			return parser.currentToken() != null;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private FullHttpResponse error(ByteBufAllocator alloc, HttpResponseStatus status, ErrorCode code, String message) {
		return response(alloc, status, CONTENT_TYPE, (generator) -> ErrorEnvelopes.write(generator, code, message));
	}

	private FullHttpResponse response(ByteBufAllocator alloc, HttpResponseStatus status, String contentType,
			Consumer<JsonGenerator> content) {
		ByteBuf body = alloc.buffer();
		try {
			try (JsonGenerator generator = this.json.createGenerator(ObjectWriteContext.empty(),
					(OutputStream) new ByteBufOutputStream(body))) {
				content.accept(generator);
			}
		}
		catch (RuntimeException ex) {
			body.release();
			throw ex;
		}
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
		headers(response, contentType);
		return response;
	}

	private static void headers(FullHttpResponse response, String contentType) {
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, contentType)
			.set("x-amzn-RequestId", requestId())
			.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
	}

	/**
	 * A random version-4 UUID for the response's request id, from a thread-local random
	 * source: request ids need to be unique, not unpredictable, and
	 * {@link UUID#randomUUID()}'s shared SecureRandom costs a lock and a system call per
	 * request.
	 */
	private static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
		return new UUID(high, low).toString();
	}

}
