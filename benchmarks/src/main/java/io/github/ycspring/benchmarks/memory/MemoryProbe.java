package io.github.ycspring.benchmarks.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.ycspring.YandexCloudClients;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.benchmarks.Bench;
import io.github.ycspring.benchmarks.baseline.ReactorNettyBaseline;
import io.github.ycspring.core.Endpoints;
import io.github.ycspring.operation.ListOperationsRequest;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationResource;
import reactor.core.publisher.Flux;

/**
 * Runs in a forked JVM with a small heap: streams every operation of an API gateway and prints how much heap was
 * in use after each garbage collection, at most. Arguments: {@code ours|floor baseUrl apiGatewayId expectedCount}.
 */
public final class MemoryProbe {

	private MemoryProbe() {
	}

	/**
	 * Streams and reports one line, {@code RESULT items=.. peakAfterGc=.. ...}.
	 * @param args mode, base URL, gateway id, expected count
	 */
	public static void main(String[] args) {
		String mode = args[0];
		String baseUrl = args[1];
		String apiGatewayId = args[2];
		long expected = Long.parseLong(args[3]);
		AtomicLong peakAfterGc = new AtomicLong();
		AtomicLong collections = new AtomicLong();
		listenToCollections(peakAfterGc, collections);
		Flux<Operation> operations = mode.equals("ours") ? ours(baseUrl, apiGatewayId)
				: new ReactorNettyBaseline(baseUrl).listGatewayOperations(apiGatewayId, 1000);
		long start = System.nanoTime();
		Long count = operations.reduce(0L, (sum, operation) -> sum + (operation.id().isEmpty() ? 2 : 1)).block();
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (count == null || count != expected) {
			System.out.println("RESULT failed items=" + count);
			System.exit(1);
		}
		System.out.println("RESULT items=" + count + " millis=" + millis + " peakAfterGc=" + peakAfterGc.get()
				+ " collections=" + collections.get() + " maxHeap=" + Runtime.getRuntime().maxMemory() + " gcs="
				+ ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining("+")).replace(' ', '_'));
	}

	private static Flux<Operation> ours(String baseUrl, String apiGatewayId) {
		YandexCloudClients clients = YandexCloudClients.builder()
			.endpoints(Endpoints.allAt(URI.create(baseUrl)))
			.credentials(new StaticIamTokenCredentials(Bench.TOKEN))
			.build();
		return clients.operations()
			.list(ListOperationsRequest.builder().resource(OperationResource.apiGateway(apiGatewayId)).pageSize(1000)
				.build());
	}

	/** Records the heap in use after every collection, summed over the heap's pools. */
	private static void listenToCollections(AtomicLong peakAfterGc, AtomicLong collections) {
		Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
					return;
				}
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long used = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter((pool) -> heapPools.contains(pool.getKey()))
					.map((pool) -> pool.getValue())
					.mapToLong(MemoryUsage::getUsed)
					.sum();
				collections.incrementAndGet();
				peakAfterGc.accumulateAndGet(used, Math::max);
			}, null, null);
		}
	}

}
