package io.github.ycspring.benchmarks;

import java.net.URI;
import java.util.function.Supplier;

import io.github.ycspring.YandexCloudClients;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.core.Endpoints;

/**
 * What every scenario shares: the token, the folders, and our client as a user would build it.
 */
public final class Bench {

	/** IAM token the emulator is told to accept. */
	public static final String TOKEN = "t1.benchmark-token";

	/** Value of the {@code Authorization} header the baselines send. */
	public static final String BEARER = "Bearer " + TOKEN;

	/** Folder with 100,000 images. */
	public static final String BIG_FOLDER = "b1gbenchstream00000001";

	/** Folder of the latency scenario. */
	public static final String LATENCY_FOLDER = "b1gbenchlatency0000001";

	/** API gateway whose operations the memory scenario lists. */
	public static final String GATEWAY = "d5dbenchmemory00000001";

	private Bench() {
	}

	/**
	 * Our clients, with every default of the starter's properties, pointed at one base URL.
	 * @param baseUrl the emulator or a benchmark server
	 * @return the clients
	 */
	public static YandexCloudClients clients(String baseUrl) {
		return YandexCloudClients.builder()
			.endpoints(Endpoints.allAt(URI.create(baseUrl)))
			.credentials(new StaticIamTokenCredentials(TOKEN))
			.build();
	}

	/**
	 * Milliseconds a task takes.
	 * @param task the task
	 * @return the elapsed time in milliseconds
	 */
	public static double millis(Runnable task) {
		long start = System.nanoTime();
		task.run();
		return (System.nanoTime() - start) / 1e6;
	}

	/**
	 * Runs a task, rethrowing checked exceptions unchecked.
	 * @param task the task
	 * @param <T> its result type
	 * @return its result
	 */
	public static <T> T unchecked(CheckedSupplier<T> task) {
		try {
			return task.get();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A supplier that may throw.
	 * @param <T> result type
	 */
	@FunctionalInterface
	public interface CheckedSupplier<T> {

		/**
		 * Gets the result.
		 * @return the result
		 * @throws Exception on failure
		 */
		T get() throws Exception;

	}

	/**
	 * A named measurement, run repeatedly.
	 *
	 * @param name who is measured
	 * @param run one run; returns the figure it measured
	 */
	public record Contender(String name, Supplier<Double> run) {
	}

}
