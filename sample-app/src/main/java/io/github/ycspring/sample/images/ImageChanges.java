package io.github.ycspring.sample.images;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Creates and deletes images, streaming every state of the long-running operation until it is done.
 */
@Service
public class ImageChanges {

	private final ImageClient images;

	private final OperationClient operations;

	public ImageChanges(ImageClient images, OperationClient operations) {
		this.images = images;
		this.operations = operations;
	}

	/**
	 * Creates an image.
	 * @param request what to create
	 * @return the operation's states, each once: first as the create returned it, then each change, the last one done
	 */
	public Flux<Operation> create(CreateImageRequest request) {
		return followed(this.images.create(request));
	}

	/**
	 * Deletes an image.
	 * @param imageId id of the image
	 * @return the operation's states, each once: first as the delete returned it, then each change, the last one done
	 */
	public Flux<Operation> delete(String imageId) {
		return followed(this.images.delete(imageId));
	}

	private Flux<Operation> followed(Mono<Operation> started) {
		// watch emits every poll; a state the caller has already seen is left out
		return started.flatMapMany((operation) -> operation.done() ? Flux.just(operation)
				: Flux.concat(Mono.just(operation), this.operations.watch(operation.id())).distinctUntilChanged());
	}

}
