package io.github.ycspring.internal.http;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Everything logged during an authenticated session, at every level down to TRACE, carries no token and no
 * {@code Authorization} value; the redacted header shows as {@code REDACTED}.
 */
class LogRedactionTests {

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

	private Level previousRootLevel;

	private Logger root() {
		return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
	}

	@BeforeEach
	void captureEverything() {
		this.previousRootLevel = root().getLevel();
		root().setLevel(Level.TRACE);
		setLevel("io.github.ycspring", Level.TRACE);
		this.captured.start();
		root().addAppender(this.captured);
	}

	@AfterEach
	void restore() {
		root().detachAppender(this.captured);
		root().setLevel(this.previousRootLevel);
		setLevel("io.github.ycspring", Level.INFO);
	}

	private static void setLevel(String logger, Level level) {
		((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(logger).setLevel(level);
	}

	@Test
	void anAuthenticatedSessionLogsCallsButNoSecret() {
		String id = cloud.emulator().seedImages("log-folder", 3).get(0);
		cloud.images().get(id).block(Duration.ofSeconds(5));
		cloud.images().list("log-folder").collectList().block(Duration.ofSeconds(5));
		Operation created = cloud.images()
			.create(CreateImageRequest.builder().folderId("log-folder").name("logged")
				.sourceUri("https://storage.yandexcloud.net/b/l.qcow2").build())
			.block(Duration.ofSeconds(5));
		cloud.operations().await(created).block(Duration.ofSeconds(5));
		// two 401s: the refreshed retry is rejected too
		cloud.emulator().faults().status(2, 16);
		Throwable failure = catchThrowable(() -> cloud.images().get(id).block(Duration.ofSeconds(5)));
		assertThat(failure).isInstanceOf(YandexCloudException.class);

		List<ILoggingEvent> events;
		// event loops go on logging (the emulator, connection housekeeping): copy under the appender's own lock
		synchronized (this.captured) {
			events = List.copyOf(this.captured.list);
		}
		List<String> lines = events.stream()
			.map((event) -> event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? " " + event.getThrowableProxy().getMessage() : ""))
			.toList();
		String all = lines.stream().collect(Collectors.joining("\n"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("ImageService.Get GET /compute/v1/images/")
			.contains("-> 200"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("ImageService.Create POST"));
		assertThat(all).containsIgnoringCase("authorization=REDACTED");
		assertThat(all).doesNotContain(EmulatorExtension.TOKEN).doesNotContain("Bearer ");
		assertThat(failure.getMessage()).doesNotContain(EmulatorExtension.TOKEN);
	}

}
