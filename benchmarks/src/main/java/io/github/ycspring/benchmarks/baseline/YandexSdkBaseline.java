package io.github.ycspring.benchmarks.baseline;

import java.security.CodeSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.Message;
import io.github.ycspring.benchmarks.Bench;
import io.grpc.ManagedChannel;
import io.grpc.internal.GrpcUtil;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import yandex.cloud.api.compute.v1.ImageOuterClass.Image;
import yandex.cloud.api.compute.v1.ImageServiceGrpc;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass.ListImagesRequest;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass.ListImagesResponse;
import yandex.cloud.sdk.ServiceFactory;
import yandex.cloud.sdk.auth.Auth;
import yandex.cloud.sdk.auth.useragent.UserAgent;

/**
 * The official Yandex Cloud Java SDK as its README has users write it: a {@link ServiceFactory} with an IAM token
 * and a request timeout, a blocking {@code ImageService} stub from it, and a loop over the pages that follows
 * {@code next_page_token}.
 * <p>
 * The factory's own channels speak TLS to endpoints it looks up from {@code api.cloud.yandex.net}, so they cannot
 * reach a plaintext loopback server. The channel is built as the SDK's {@code ChannelFactory} builds its channels
 * (Netty, the SDK's user agent) plus {@code usePlaintext()}, and handed to the factory, which decorates the stub as
 * it decorates every stub: the {@code Authorization} header from the credential provider, request ids, the deadline.
 */
public final class YandexSdkBaseline implements AutoCloseable {

	private final ManagedChannel channel;

	private final ImageServiceGrpc.ImageServiceBlockingStub images;

	/**
	 * A baseline against one server.
	 * @param target the gRPC server, {@code host:port}
	 */
	public YandexSdkBaseline(String target) {
		this.channel = NettyChannelBuilder.forTarget(target).userAgent(UserAgent.DEFAULT).usePlaintext().build();
		ServiceFactory factory = ServiceFactory.builder()
			.credentialProvider(Auth.iamTokenBuilder().token(Bench.TOKEN))
			.requestTimeout(Duration.ofMinutes(1))
			.build();
		this.images = factory.create(this.channel, ImageServiceGrpc::newBlockingStub);
	}

	/**
	 * Walks every page of a folder, one after the other.
	 * @param folderId the folder
	 * @param pageSize images per page
	 * @return how many images, counted with {@link Checksum}
	 */
	public long countImages(String folderId, int pageSize) {
		long count = 0;
		String token = "";
		do {
			ListImagesResponse page = this.images.list(ListImagesRequest.newBuilder()
				.setFolderId(folderId)
				.setPageSize(pageSize)
				.setPageToken(token)
				.build());
			for (Image image : page.getImagesList()) {
				count += Checksum.of(image);
			}
			token = page.getNextPageToken();
		}
		while (!token.isEmpty());
		return count;
	}

	/**
	 * What runs: the SDK's, gRPC's and protobuf's versions, as their jars and the SDK's user agent name them.
	 * @return such as {@code java-sdk-services-2.14.0.jar (yandex-cloud/java-sdk/2.14.0), ...}
	 */
	public static String versions() {
		return jarOf(ServiceFactory.class) + " (" + UserAgent.DEFAULT + "), " + jarOf(ImageServiceGrpc.class)
				+ "; gRPC " + GrpcUtil.getGrpcBuildVersion().getImplementationVersion() + " ("
				+ jarOf(GrpcUtil.class) + ", " + jarOf(NettyChannelBuilder.class) + "); " + jarOf(Message.class);
	}

	private static String jarOf(Class<?> type) {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		if (source == null) {
			return "(no jar for " + type.getName() + ")";
		}
		String path = source.getLocation().getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Override
	public void close() {
		try {
			this.channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
