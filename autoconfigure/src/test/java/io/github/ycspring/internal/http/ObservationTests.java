package io.github.ycspring.internal.http;

import java.time.Duration;

import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.support.EmulatorExtension;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.reactive.function.client.WebClient;

import static org.awaitility.Awaitility.await;

/**
 * Each logical call is one Micrometer observation of the builder's registry, tagged with its API method.
 */
class ObservationTests {

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	@Test
	void eachCallIsObservedWithItsApiMethodAsALowCardinalityTag() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		ImageClient observed = cloud.clientsBuilder()
			.webClientBuilder(WebClient.builder().observationRegistry(registry))
			.build()
			.images();
		String id = cloud.emulator().seedImages("observed-folder", 1).get(0);
		observed.get(id).block(Duration.ofSeconds(5));
		// WebClient stops the observation once the exchange has completed, which may be just after block() returns
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> TestObservationRegistryAssert.assertThat(registry)
				.hasObservationWithNameEqualTo("http.client.requests")
				.that()
				.hasLowCardinalityKeyValue("yandex.cloud.method", "ImageService.Get")
				.hasLowCardinalityKeyValue("status", "200")
				.hasBeenStopped());
	}

}
