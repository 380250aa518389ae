package io.github.ycspring.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.ycspring.emulator.YandexCloudEmulator;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Annotation on a test class that runs a {@link YandexCloudEmulator} for the test's application context and points
 * the Yandex Cloud clients at it: the emulator is a bean (inject it to seed images, inject faults and assert on
 * {@link YandexCloudEmulator#requests() the requests it received}), closed with the context; a
 * {@code YandexCloudConnectionDetails} bean sends every endpoint to it; a {@code CredentialsProvider} bean sends
 * {@link #token()}, the only token the emulator accepts. Beans of these types that the test defines win.
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureYandexCloudEmulator(seedFolder = "test-folder", seedImages = 25)
 * class ImageReportTests {
 *
 *     @Autowired ImageReport report;
 *     @Autowired YandexCloudEmulator emulator;
 *     ...
 * }
 * }</pre>
 * Before each test method the emulator is put back as it was seeded ({@link #resetBeforeEachTest()}). Each
 * attribute is also a property under {@code yandex.cloud.test.emulator}.
 *
 * @see YandexCloudEmulatorAutoConfiguration
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("yandex.cloud.test.emulator")
public @interface AutoConfigureYandexCloudEmulator {

	/**
	 * Folder to seed with {@link #seedImages()} images; empty for the application's {@code yandex.cloud.folder-id}.
	 * @return the folder id
	 */
	String seedFolder() default "";

	/**
	 * How many realistic READY images to seed (see {@link YandexCloudEmulator#seedImages(String, int)}).
	 * @return the number of images, {@code 0} for none
	 */
	int seedImages() default 0;

	/**
	 * Delay the emulator adds before every response, such as {@code 150ms}.
	 * @return the latency
	 */
	String latency() default "0ms";

	/**
	 * How long the emulator's operations take to finish, such as {@code 1s}.
	 * @return the operation delay
	 */
	String operationDelay() default "200ms";

	/**
	 * Static IAM token the clients send and the only one the emulator accepts.
	 * @return the token
	 */
	String token() default YandexCloudEmulatorProperties.DEFAULT_TOKEN;

	/**
	 * Whether to put the emulator back before each test method: images and operations as seeded, no requests in its
	 * log, no faults queued, settings as configured here (see {@link YandexCloudEmulator#reset()}). The emulator
	 * lives as long as the cached application context, which other test classes share, so without this one test's
	 * create shows in the next test's listing and request count. Set {@code false} to let state carry over from test
	 * to test.
	 * @return whether to reset before each test method
	 */
	boolean resetBeforeEachTest() default true;

}
