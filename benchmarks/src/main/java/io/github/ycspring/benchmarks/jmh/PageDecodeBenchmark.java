package io.github.ycspring.benchmarks.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import io.github.ycspring.benchmarks.Bench;
import io.github.ycspring.benchmarks.baseline.ImagePage;
import io.github.ycspring.benchmarks.baseline.JdkHttpBaseline;
import io.github.ycspring.benchmarks.baseline.OperationPage;
import io.github.ycspring.benchmarks.server.OperationPages;
import io.github.ycspring.compute.Image;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.internal.json.ProtoJson;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding one page of 1000 records with the client's mapper: from a byte array, from a direct buffer copied to a
 * byte array first (what {@code ApiTransport} once did with the response buffer), and streamed from the direct
 * buffer without the copy; the same page with Jackson's generic record binding instead of the client's hand-written
 * image reader; the same page with Jackson's default mapper, as a hand-written client would read it;
 * and a page of 1000 operations, whose metadata and response become JSON trees.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageDecodeBenchmark {

	/**
	 * What a hand-written client reads with: Jackson's defaults, with the two changes proto3 JSON needs (fields the
	 * client does not know, and absent numbers and booleans, are not errors).
	 */
	private static final JsonMapper JACKSON_DEFAULTS = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// a hand-written client's own records would have no reader of their own: Jackson binds them
		.addMixIn(Image.class, GenericBinding.class)
		.build();

	/** The client's mapper with its hand-written {@code Image} reader taken off: Jackson's generic record binding. */
	private static final JsonMapper GENERIC_BINDING = ProtoJson.mapper()
		.rebuild()
		.addMixIn(Image.class, GenericBinding.class)
		.build();

	private byte[] imagePage = new byte[0];

	private ByteBuffer directImagePage = ByteBuffer.allocate(0);

	private byte[] operationPage = new byte[0];

	/**
	 * Captures a page of 1000 images from the emulator and generates a page of 1000 operations.
	 * @throws IOException if the emulator cannot be read
	 * @throws InterruptedException if interrupted
	 */
	@Setup
	public void capturePages() throws IOException, InterruptedException {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.acceptTokens(Bench.TOKEN);
			emulator.seedImages(Bench.BIG_FOLDER, 1000);
			this.imagePage = new JdkHttpBaseline(emulator.baseUrl())
				.bytes("/compute/v1/images?folderId=" + Bench.BIG_FOLDER + "&pageSize=1000");
		}
		this.directImagePage = ByteBuffer.allocateDirect(this.imagePage.length);
		this.directImagePage.put(this.imagePage).flip();
		byte[] operations = new OperationPages(Bench.GATEWAY, 1000).page(new QueryStringDecoder(
				"/apigateways/v1/apigateways/" + Bench.GATEWAY + "/operations?pageSize=1000"));
		this.operationPage = (operations != null) ? operations : new byte[0];
	}

	/**
	 * A page of images from a byte array.
	 * @return the page
	 */
	@Benchmark
	public ImagePage imagePageFromByteArray() {
		return ProtoJson.mapper().readValue(this.imagePage, ImagePage.class);
	}

	/**
	 * A page of images from a byte array, read by Jackson's default mapper into the same records.
	 * @return the page
	 */
	@Benchmark
	public ImagePage imagePageWithJacksonDefaults() {
		return JACKSON_DEFAULTS.readValue(this.imagePage, ImagePage.class);
	}

	/**
	 * A page of images from a byte array, read by the client's mapper without its hand-written image reader.
	 * @return the page
	 */
	@Benchmark
	public ImagePage imagePageWithGenericRecordBinding() {
		return GENERIC_BINDING.readValue(this.imagePage, ImagePage.class);
	}

	/**
	 * A page of images from a direct buffer, copied to a new byte array first.
	 * @return the page
	 */
	@Benchmark
	public ImagePage imagePageCopiedFromDirectBuffer() {
		ByteBuffer buffer = this.directImagePage.duplicate();
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return ProtoJson.mapper().readValue(bytes, ImagePage.class);
	}

	/**
	 * A page of images streamed from a direct buffer, no copy.
	 * @return the page
	 * @throws IOException never
	 */
	@Benchmark
	public ImagePage imagePageStreamedFromDirectBuffer() throws IOException {
		try (InputStream in = new ByteBufInputStream(Unpooled.wrappedBuffer(this.directImagePage.duplicate()))) {
			return ProtoJson.mapper().readValue(in, ImagePage.class);
		}
	}

	/**
	 * A page of operations from a byte array.
	 * @return the page
	 */
	@Benchmark
	public OperationPage operationPageFromByteArray() {
		return ProtoJson.mapper().readValue(this.operationPage, OperationPage.class);
	}

	/** Takes a reader named by {@code @JsonDeserialize} off a type. */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	private interface GenericBinding {

	}

}
