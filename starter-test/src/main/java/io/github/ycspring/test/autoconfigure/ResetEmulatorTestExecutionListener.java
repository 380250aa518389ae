package io.github.ycspring.test.autoconfigure;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the emulator of {@link AutoConfigureYandexCloudEmulator} back to its seeded state before each test method,
 * so that a test sees neither the images, operations and requests nor the faults of the tests before it, whichever
 * test class they belong to (test classes share a cached context, and so its emulator). Registered for every Spring
 * test; it does nothing where the context has no such emulator, and touches no context that is not loaded yet.
 */
final class ResetEmulatorTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext()
				.getBeanProvider(EmulatorBaseline.class)
				.ifAvailable(EmulatorBaseline::restoreBeforeTest);
		}
	}

	@Override
	public int getOrder() {
		// after dependency injection, before the test's own @BeforeEach methods run
		return Ordered.LOWEST_PRECEDENCE;
	}

}
