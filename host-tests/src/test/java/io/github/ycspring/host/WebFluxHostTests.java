package io.github.ycspring.host;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The clients inside a WebFlux service on Reactor Netty: the server's own responses are written from the same pooled
 * allocator and on the same event loops as the clients' buffers, so a buffer released twice corrupts them.
 */
@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class WebFluxHostTests extends HostTests {

}
