package io.github.ycspring.benchmarks.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import yandex.cloud.api.compute.v1.ImageServiceGrpc;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass.ListImagesRequest;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass.ListImagesResponse;

/**
 * A plaintext loopback gRPC server of {@code ImageService.List} for the official SDK: it answers by page token with
 * {@link ListImagesResponse} messages built once from the replayed JSON pages, so it carries the same images as the
 * replay. Like {@link PageServer}, it runs on its own event loops, named after it, and answers on them (direct
 * executor: there is nothing to wait for).
 * <p>
 * The method is bound by hand, not through {@code ImageServiceImplBase}, for its response marshaller: protobuf's
 * would serialize 1000 images on every call (as much CPU as the SDK spends parsing them, measured), where the JSON
 * replay writes bytes rendered once. This one hands out each page's bytes, serialized once too.
 */
public final class GrpcImageServer implements AutoCloseable {

	private final EventLoopGroup loops;

	private final Server server;

	private final long totalBytes;

	private GrpcImageServer(EventLoopGroup loops, Server server, long totalBytes) {
		this.loops = loops;
		this.server = server;
		this.totalBytes = totalBytes;
	}

	/**
	 * Starts a server on a free port.
	 * @param name prefix of its threads' names
	 * @param pages the pages to answer, converted with protobuf's own JSON parser
	 * @return the running server
	 */
	public static GrpcImageServer start(String name, ReplayPages pages) {
		Map<String, ListImagesResponse> byToken = new HashMap<>();
		pages.forEach((token, json) -> byToken.put(token, parse(json)));
		Serialized serialized = new Serialized(byToken);
		MethodDescriptor<ListImagesRequest, ListImagesResponse> list = ImageServiceGrpc.getListMethod()
			.toBuilder()
			.setResponseMarshaller(serialized)
			.build();
		ServerServiceDefinition images = ServerServiceDefinition.builder(ImageServiceGrpc.SERVICE_NAME)
			.addMethod(list, ServerCalls.asyncUnaryCall((request, response) -> answer(byToken, request, response)))
			.build();
		// one group for accepting and serving, as PageServer's loops: 2 threads
		EventLoopGroup loops = new NioEventLoopGroup(2, new DefaultThreadFactory(name, true));
		Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.bossEventLoopGroup(loops)
			.workerEventLoopGroup(loops)
			.channelType(NioServerSocketChannel.class)
			.directExecutor()
			.addService(images)
			.build();
		try {
			server.start();
		}
		catch (IOException ex) {
			loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
			throw new UncheckedIOException(ex);
		}
		return new GrpcImageServer(loops, server, serialized.totalBytes());
	}

	private static ListImagesResponse parse(byte[] json) {
		ListImagesResponse.Builder page = ListImagesResponse.newBuilder();
		try {
			JsonFormat.parser().merge(new String(json, StandardCharsets.UTF_8), page);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException("a replayed page is not ListImagesResponse JSON", ex);
		}
		return page.build();
	}

	private static void answer(Map<String, ListImagesResponse> byToken, ListImagesRequest request,
			StreamObserver<ListImagesResponse> response) {
		ListImagesResponse page = byToken.get(request.getPageToken());
		if (page == null) {
			response.onError(
					Status.NOT_FOUND.withDescription("no page " + request.getPageToken()).asRuntimeException());
			return;
		}
		response.onNext(page);
		response.onCompleted();
	}

	/**
	 * Target of the server, for a channel builder.
	 * @return {@code 127.0.0.1:<port>}
	 */
	public String target() {
		return "127.0.0.1:" + this.server.getPort();
	}

	/**
	 * Bytes of every page together, encoded as protobuf.
	 * @return the size
	 */
	public long totalBytes() {
		return this.totalBytes;
	}

	@Override
	public void close() {
		try {
			this.server.shutdown().awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.loops.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
		}
	}

	/**
	 * The pages' protobuf bytes, serialized once, by page instance: the server only ever sends these very messages.
	 */
	private static final class Serialized implements MethodDescriptor.Marshaller<ListImagesResponse> {

		private final Map<ListImagesResponse, byte[]> bytes = new IdentityHashMap<>();

		Serialized(Map<String, ListImagesResponse> pages) {
			pages.values().forEach((page) -> this.bytes.put(page, page.toByteArray()));
		}

		long totalBytes() {
			return this.bytes.values().stream().mapToLong((page) -> page.length).sum();
		}

		@Override
		public InputStream stream(ListImagesResponse page) {
			return new Bytes(this.bytes.get(page));
		}

		@Override
		public ListImagesResponse parse(InputStream stream) {
			throw new UnsupportedOperationException("the server sends pages, it never reads one");
		}

	}

	/**
	 * Bytes gRPC's framer knows the length of and copies in one go, as it does protobuf's own streams.
	 */
	private static final class Bytes extends ByteArrayInputStream implements KnownLength, Drainable {

		Bytes(byte[] bytes) {
			super(bytes);
		}

		@Override
		public int drainTo(OutputStream target) throws IOException {
			return Math.toIntExact(transferTo(target));
		}

	}

}
