package dev.ddbkit.engine.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.ddbkit.engine.DynamoEngine;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB's HTTP API ({@code application/x-amz-json-1.0}, action in
 * {@code X-Amz-Target: DynamoDB_20120810.<Action>}) on a loopback port, answered by a
 * {@link DynamoEngine}'s in-process client, so any SDK, the AWS CLI or boto3 can use the
 * engine. Requests are not authenticated (signatures are ignored). Errors use DynamoDB's
 * JSON envelope and status codes.
 * <p>
 * HTTP/1.1 with keep-alive on Netty: each request is answered on the event loop that read
 * it, as the engine works in memory and never waits on I/O (see
 * {@link DynamoHttpHandler}).
 *
 * <pre>{@code
 * try (DynamoHttpServer server = DynamoHttpServer.start(engine, 0)) {
 *     URI endpoint = server.endpoint(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class DynamoHttpServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DynamoHttpServer.class);

	/** DynamoDB's largest request (a 16 MB BatchWriteItem) with room for its JSON. */
	private static final int MAX_REQUEST_BYTES = 32 * 1024 * 1024;

	private final EventLoopGroup group;

	private final Channel channel;

	private final InetSocketAddress address;

	private final AtomicBoolean closed = new AtomicBoolean();

	private DynamoHttpServer(EventLoopGroup group, Channel channel) {
		this.group = group;
		this.channel = channel;
		this.address = (InetSocketAddress) channel.localAddress();
	}

	/**
	 * Starts a server on 127.0.0.1.
	 * @param engine the engine to serve
	 * @param port the port, or 0 for an ephemeral one
	 * @return the running server
	 * @throws IOException if the port cannot be bound
	 */
	public static DynamoHttpServer start(DynamoEngine engine, int port) throws IOException {
		return start(engine, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
	}

	/**
	 * Starts a server on an explicit address.
	 * @param engine the engine to serve
	 * @param address the address and port (0 for an ephemeral one) to bind
	 * @return the running server
	 * @throws IOException if the address cannot be bound
	 */
	public static DynamoHttpServer start(DynamoEngine engine, InetSocketAddress address) throws IOException {
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("ddbkit-http", true),
				NioIoHandler.newFactory());
		DynamoHttpHandler handler = new DynamoHttpHandler(new DynamoTargets(engine.client(), engine.streamsClient()));
		ServerBootstrap bootstrap = new ServerBootstrap().group(group)
			.channel(NioServerSocketChannel.class)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childHandler(new ChannelInitializer<SocketChannel>() {

				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline()
						.addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES), handler);
				}

			});
		ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
		if (!bound.isSuccess()) {
			group.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
			throw (bound.cause() instanceof IOException ex) ? ex
					: new IOException("Cannot bind " + address, bound.cause());
		}
		DynamoHttpServer server = new DynamoHttpServer(group, bound.channel());
		logger.info("ddbkit engine serving DynamoDB's API on {} (data in memory)", server.endpoint());
		return server;
	}

	/** The bound port. */
	public int port() {
		return this.address.getPort();
	}

	/** The endpoint URL for SDK clients. */
	public URI endpoint() {
		return URI.create("http://" + this.address.getHostString() + ":" + port());
	}

	/**
	 * Closes the port and open connections and stops the server's threads (waits for
	 * both); later calls do nothing.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.channel.close().syncUninterruptibly();
		this.group.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
	}

}
