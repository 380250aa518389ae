package io.github.ycspring.emulator;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The request log tests use to count and inspect what a client sent. */
class RequestLogTests extends RunningEmulatorTests {

	@Test
	void recordsMethodPathDecodedQueryHeadersAndBody() {
		this.http.get("/compute/v1/images?folderId=b1glog&filter=" + EmulatorHttp.encode("name = \"a b\""));
		this.http.post("/compute/v1/images", "{\"folderId\": \"b1glog\"}", "X-Client-Request-Id", "req-1");
		List<RecordedRequest> requests = this.emulator.requests();
		assertThat(requests).hasSize(2);
		RecordedRequest list = requests.get(0);
		assertThat(list.method()).isEqualTo("GET");
		assertThat(list.path()).isEqualTo("/compute/v1/images");
		assertThat(list.query()).containsEntry("folderId", "b1glog").containsEntry("filter", "name = \"a b\"");
		assertThat(list.header("authorization")).isEqualTo("Bearer " + EmulatorHttp.TOKEN);
		assertThat(list.body()).isEmpty();
		RecordedRequest create = requests.get(1);
		assertThat(create.header("x-client-request-id")).isEqualTo("req-1");
		assertThat(create.headers()).containsKey("X-CLIENT-REQUEST-ID");
		assertThat(create.body()).isEqualTo("{\"folderId\": \"b1glog\"}");
		assertThat(create.at()).isAfterOrEqualTo(list.at());
	}

	@Test
	void countsByMethodAndPathPrefixAndClears() {
		this.http.get("/operations/fdda");
		this.http.get("/operations/fddb:cancel");
		this.http.post("/operations/fddb:cancel", "");
		this.emulator.faults().status(1, 14);
		this.http.get("/operations/fddc");
		assertThat(this.emulator.requestCount("GET", "/operations/")).isEqualTo(3);
		assertThat(this.emulator.requestCount("post", "/operations/")).isEqualTo(1);
		assertThat(this.emulator.requestCount("GET", "/compute/")).isZero();
		this.emulator.clearRequests();
		assertThat(this.emulator.requests()).isEmpty();
	}

	@Test
	void logsEachAnsweredRequestWithItsStatusAndAnyInjectedFaultAtDebug() {
		List<ILoggingEvent> lines = loggedAt(Level.DEBUG, () -> {
			this.http.get("/compute/v1/images?folderId=b1glog");
			this.emulator.faults().status(1, 14);
			this.http.get("/operations/fddx");
		});
		assertThat(lines).allSatisfy((line) -> assertThat(line.getLevel()).isEqualTo(Level.DEBUG))
			.extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly(
					(line) -> assertThat(line).startsWith("GET /compute/v1/images {folderId=b1glog} -> 200 in "),
					(line) -> assertThat(line).startsWith("GET /operations/fddx -> 503 (injected status fault) in "));
	}

	@Test
	void embeddedWhereLoggingIsAtInfoItLogsNoRequest() {
		assertThat(loggedAt(Level.INFO, () -> this.http.get("/compute/v1/images?folderId=b1glog"))).isEmpty();
	}

	private static List<ILoggingEvent> loggedAt(Level level, Runnable requests) {
		Logger logger = (Logger) LoggerFactory.getLogger(HttpFrontend.REQUEST_LOGGER_NAME);
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		Level before = logger.getLevel();
		logger.setLevel(level);
		logger.addAppender(lines);
		try {
			requests.run();
		}
		finally {
			logger.detachAppender(lines);
			logger.setLevel(before);
		}
		return lines.list;
	}

}
