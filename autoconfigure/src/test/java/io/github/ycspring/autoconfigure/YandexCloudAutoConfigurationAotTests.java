package io.github.ycspring.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration processed ahead of time, as a native image or {@code -Dspring.aot.enabled=true} runs it:
 * the generated code compiles, the context it builds starts, and its clients list images from the emulator.
 */
@CompileWithForkedClassLoader
class YandexCloudAutoConfigurationAotTests {

	private static final String CUSTOM_LEAK_DETECTOR = "io.netty.customResourceLeakDetector";

	@Test
	void theContextGeneratedAheadOfTimeStartsAndItsClientsListImages() throws ClassNotFoundException {
		// This method runs in a class loader that loads Netty anew. Netty's leak detector factory looks the custom
		// detector up in the application class loader, whose RecordingLeakDetector extends the other Netty's
		// ResourceLeakDetector: it would log an ERROR and fall back to its default detector. Without the property it
		// takes the default detector quietly, which logs any leak all the same. The application class loader's
		// factory, which the other tests' leak checks use, is made first, while the property is still set.
		Class.forName("io.netty.util.ResourceLeakDetectorFactory", true, ClassLoader.getSystemClassLoader());
		String detector = System.clearProperty(CUSTOM_LEAK_DETECTOR);
		try {
			listImagesThroughTheContextGeneratedAheadOfTime();
		}
		finally {
			if (detector != null) {
				System.setProperty(CUSTOM_LEAK_DETECTOR, detector);
			}
		}
	}

	private void listImagesThroughTheContextGeneratedAheadOfTime() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages("b1gaotfolder", 3);
			AnnotationConfigApplicationContext buildTime = new AnnotationConfigApplicationContext();
			buildTime.register(ClientsApplication.class);
			TestPropertyValues.of("yandex.cloud.credentials.metadata-service=disabled").applyTo(buildTime);
			TestGenerationContext generation = new TestGenerationContext();
			ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(buildTime, generation);
			generation.writeGeneratedContent();
			TestCompiler.forSystem().with(generation).compile((compiled) -> {
				GenericApplicationContext runTime = new GenericApplicationContext();
				TestPropertyValues
					.of("yandex.cloud.credentials.iam-token=t1.aot", "yandex.cloud.credentials.metadata-service=disabled",
							"yandex.cloud.endpoints.compute=" + emulator.baseUrl(),
							"yandex.cloud.endpoints.operation=" + emulator.baseUrl())
					.applyTo(runTime);
				@SuppressWarnings("unchecked")
				ApplicationContextInitializer<GenericApplicationContext> generated = compiled
					.getInstance(ApplicationContextInitializer.class, initializer.toString());
				generated.initialize(runTime);
				runTime.refresh();
				try {
					List<Image> images = runTime.getBean(ImageClient.class)
						.list("b1gaotfolder")
						.collectList()
						.block(Duration.ofSeconds(10));
					assertThat(images).hasSize(3).allSatisfy((image) -> assertThat(image.folderId()).isEqualTo("b1gaotfolder"));
				}
				finally {
					runTime.close();
				}
			});
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(YandexCloudAutoConfiguration.class)
	static class ClientsApplication {

	}

}
