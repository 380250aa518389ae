package io.github.ycspring.host;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The clients inside a Spring MVC service on Tomcat, which adapts the clients' {@code Mono} and {@code Flux} to
 * asynchronous requests.
 */
@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class MvcHostTests extends HostTests {

}
