package io.github.ycspring.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The sample on its embedded emulator at full speed: no latency, operations done in 100 ms. Every test class uses
 * this one annotation so they share one application context and one emulator.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.emulator.latency=0ms", "sample.emulator.operation-delay=100ms",
				"yandex.cloud.operation.initial-poll-interval=20ms" })
@AutoConfigureWebTestClient
@interface SampleAppTest {

}
