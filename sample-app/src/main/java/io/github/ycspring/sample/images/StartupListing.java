package io.github.ycspring.sample.images;

import java.util.Locale;

import io.github.ycspring.compute.ListImagesRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lists the configured folder once at startup and logs each page as it arrives, so the log shows pagination at work
 * before any request comes in.
 */
@Component
@Order(1)
class StartupListing implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(StartupListing.class);

	private static final long PAGE_SIZE = 1000;

	private final ImageCatalog catalog;

	StartupListing(ImageCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			PageEvent last = this.catalog.pages(ListImagesRequest.builder().pageSize(PAGE_SIZE).build())
				.doOnNext((page) -> logger.info("page {}: {} images in {} ms, next page token '{}'", page.page(),
						thousands(page.itemCount()), page.elapsedMs(), page.nextPageToken()))
				.blockLast();
			if (last != null) {
				logger.info("listed {} images in {} pages in {} ms", thousands(last.itemsSoFar()), last.page(),
						last.elapsedMs());
			}
		}
		catch (RuntimeException ex) {
			// the service stays up, e.g. without credentials; requests will report the same problem as a 4xx/5xx
			logger.warn("Could not list images at startup: {}", ex.getMessage());
		}
	}

	private static String thousands(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

}
