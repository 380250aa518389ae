package io.github.ycspring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A WebFlux service that lists Yandex Cloud images page by page as they arrive. By default it runs on an embedded
 * emulator seeded with demo data; the {@code yandex} profile talks to the real cloud.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
