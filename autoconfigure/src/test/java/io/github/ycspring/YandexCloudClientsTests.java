package io.github.ycspring;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.autoconfigure.YandexCloudAutoConfiguration;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Endpoints;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second account next to the auto-configured one: {@link YandexCloudClients} builds clients with other
 * credentials and endpoints, and each pair keeps to its own.
 */
class YandexCloudClientsTests {

	private YandexCloudEmulator main;

	private YandexCloudEmulator other;

	@BeforeEach
	void startTwoClouds() {
		this.main = YandexCloudEmulator.builder().build().start().acceptTokens("t1.main-account");
		this.other = YandexCloudEmulator.builder().build().start().acceptTokens("t1.other-account");
		this.main.seedImages("main-folder", 3);
		this.other.seedImages("other-folder", 5);
	}

	@AfterEach
	void stop() {
		this.main.close();
		this.other.close();
	}

	@Test
	void aSecondAccountsClientsUseTheirOwnCredentialsAndEndpoints() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class))
			.withPropertyValues("yandex.cloud.credentials.iam-token=t1.main-account",
					"yandex.cloud.endpoints.compute=" + this.main.baseUrl())
			.run((context) -> {
				YandexCloudClients otherAccount = YandexCloudClients.builder()
					.webClientBuilder(context.getBeanProvider(WebClient.Builder.class).getIfAvailable(WebClient::builder))
					.endpoints(Endpoints.allAt(URI.create(this.other.baseUrl())))
					.credentials(new StaticIamTokenCredentials("t1.other-account"))
					.defaultFolderId("other-folder")
					.build();
				ImageClient mainImages = context.getBean(ImageClient.class);
				assertThat(mainImages.list("main-folder").count().block(Duration.ofSeconds(5))).isEqualTo(3);
				assertThat(otherAccount.images().list("other-folder").count().block(Duration.ofSeconds(5)))
					.isEqualTo(5);
				assertThat(this.main.requests()).singleElement()
					.satisfies((r) -> assertThat(r.header("Authorization")).isEqualTo("Bearer t1.main-account"));
				assertThat(this.other.requests()).singleElement()
					.satisfies((r) -> assertThat(r.header("Authorization")).isEqualTo("Bearer t1.other-account"));
			});
	}

	@Test
	void builtClientsUseTheDefaultFolderAndFullPipeline() {
		YandexCloudClients clients = YandexCloudClients.builder()
			.endpoints(Endpoints.allAt(URI.create(this.other.baseUrl())))
			.credentials(new StaticIamTokenCredentials("t1.other-account"))
			.defaultFolderId("other-folder")
			.build();
		String family = this.other.image(this.other.seedImages("other-folder", 5).get(0)).orElseThrow().family();
		this.other.faults().status(1, 14);
		assertThat(clients.images().getLatestByFamily("", family).block(Duration.ofSeconds(5)).folderId())
			.isEqualTo("other-folder");
		assertThat(this.other.requests()).hasSize(2);
		assertThat(this.other.requests().get(1).query()).containsEntry("folderId", "other-folder");
	}

	@Test
	void aFilterThatRebuildsEveryResponseStillGetsEachBodyOnce() {
		List<String> seen = new CopyOnWriteArrayList<>();
		YandexCloudClients clients = YandexCloudClients.builder()
			.endpoints(Endpoints.allAt(URI.create(this.other.baseUrl())))
			.credentials(new StaticIamTokenCredentials("t1.other-account"))
			// as a metrics filter does: the same response with one more header
			.customize((builder) -> builder.filter((request, next) -> next.exchange(request)
				.map((response) -> response.mutate().header("x-seen", "yes").build())))
			.build();
		YandexCloudClients bodyLogging = YandexCloudClients.builder()
			.endpoints(Endpoints.allAt(URI.create(this.other.baseUrl())))
			.credentials(new StaticIamTokenCredentials("t1.other-account"))
			// as a body-logging filter does: reads the successful body, then hands on a response made of it
			.customize((builder) -> builder.filter((request, next) -> next.exchange(request)
				.flatMap((response) -> response.bodyToMono(String.class).map((body) -> {
					seen.add(body);
					return response.mutate().body(body).build();
				}))))
			.build();
		String id = this.other.seedImages("other-folder", 5).get(0);

		assertThat(clients.images().list("other-folder").count().block(Duration.ofSeconds(5))).isEqualTo(5);
		assertThat(clients.images().get(id).block(Duration.ofSeconds(5)).id()).isEqualTo(id);
		assertThat(bodyLogging.images().get(id).block(Duration.ofSeconds(5)).id()).isEqualTo(id);
		assertThat(seen).singleElement().asString().contains("\"id\":\"" + id + "\"");
	}

}
