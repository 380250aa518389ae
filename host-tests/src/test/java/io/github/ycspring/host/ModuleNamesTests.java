package io.github.ycspring.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each published jar names its module, so that users on the module path get a stable name, not one derived from
 * the file name.
 */
class ModuleNamesTests {

	@Test
	void everyPublishedJarHasAnAutomaticModuleName() throws IOException {
		Map<String, String> names = new TreeMap<>();
		List<URL> manifests = Collections.list(getClass().getClassLoader().getResources("META-INF/MANIFEST.MF"));
		for (URL manifest : manifests) {
			String location = manifest.toString();
			for (String artifact : List.of("yandex-cloud-spring-boot-autoconfigure", "yandex-cloud-spring-boot-starter-test",
					"yandex-cloud-emulator")) {
				if (location.contains("/" + artifact + "-") && location.contains(".jar!")) {
					try (InputStream in = manifest.openStream()) {
						names.put(artifact, new Manifest(in).getMainAttributes().getValue("Automatic-Module-Name"));
					}
				}
			}
		}
		assertThat(names).as("jars found on the test class path: %s", new ArrayList<>(manifests))
			.containsExactlyInAnyOrderEntriesOf(Map.of("yandex-cloud-spring-boot-autoconfigure", "io.github.ycspring",
					"yandex-cloud-spring-boot-starter-test", "io.github.ycspring.test", "yandex-cloud-emulator",
					"io.github.ycspring.emulator"));
	}

}
