package io.github.ycspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the {@code META-INF/spring-configuration-metadata.json} that the configuration processor generates from
 * {@link YandexCloudProperties}: every property of DESIGN.md is there, with its default, and every description
 * follows Spring Boot's wording, since IDEs show it to users as they type.
 */
class ConfigurationMetadataTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	/** The property list of DESIGN.md, with the defaults it gives ({@code null} where it gives none). */
	private static final Map<String, String> DESIGN = designProperties();

	private static Map<String, JsonNode> properties;

	private static Map<String, JsonNode> hints;

	@BeforeAll
	static void readMetadata() throws IOException {
		properties = new LinkedHashMap<>();
		hints = new LinkedHashMap<>();
		JsonMapper mapper = JsonMapper.builder().build();
		Enumeration<URL> resources = ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA);
		while (resources.hasMoreElements()) {
			JsonNode metadata;
			try (InputStream in = resources.nextElement().openStream()) {
				metadata = mapper.readTree(in);
			}
			for (JsonNode property : metadata.path("properties").values()) {
				String name = property.path("name").asString();
				if (name.startsWith("yandex.cloud.")) {
					assertThat(properties).as("%s is declared once", name).doesNotContainKey(name);
					properties.put(name, property);
				}
			}
			for (JsonNode hint : metadata.path("hints").values()) {
				hints.put(hint.path("name").asString(), hint);
			}
		}
		assertThat(properties).as("yandex.cloud.* properties in %s", METADATA).isNotEmpty();
	}

	@Test
	void hintsEveryValueOfTheMetadataServiceModeWithADescription() {
		JsonNode hint = hints.get("yandex.cloud.credentials.metadata-service");
		assertThat(hint).as("hint for metadata-service").isNotNull();
		List<String> values = new ArrayList<>();
		for (JsonNode value : hint.path("values").values()) {
			values.add(value.path("value").asString());
			assertThat(value.path("description").asString()).as("description of %s", value).isNotBlank();
		}
		assertThat(values).containsExactly("auto", "enabled", "disabled");
	}

	@Test
	void hintsThatTheKeyFileIsAResource() {
		assertThat(hints.get("yandex.cloud.credentials.service-account-key-file").path("providers").get(0)
			.path("parameters").path("target").asString()).isEqualTo("org.springframework.core.io.Resource");
	}

	@Test
	void declaresEveryPropertyOfTheDesign() {
		assertThat(properties).containsKeys(DESIGN.keySet().toArray(String[]::new));
	}

	@Test
	void declaresNoPropertyTheDesignDoesNotName() {
		assertThat(properties.keySet()).as("property names are a contract: add new ones to DESIGN.md and to this test")
			.containsExactlyInAnyOrderElementsOf(DESIGN.keySet());
	}

	@Test
	void defaultsMatchTheDesign() {
		DESIGN.forEach((name, expected) -> {
			JsonNode defaultValue = properties.get(name).path("defaultValue");
			if (expected == null) {
				assertThat(defaultValue.isMissingNode()).as("%s has no default", name).isTrue();
			}
			else {
				assertThat(defaultValue.asString()).as("default of %s", name).isEqualToIgnoringCase(expected);
			}
		});
	}

	@Test
	void everyPropertyHasADescription() {
		List<String> missing = new ArrayList<>();
		properties.forEach((name, property) -> {
			if (property.path("description").asString("").isBlank()) {
				missing.add(name);
			}
		});
		assertThat(missing).as("properties without a Javadoc description in YandexCloudProperties").isEmpty();
	}

	@Test
	void descriptionsFollowSpringBootWording() {
		List<String> problems = new ArrayList<>();
		properties.forEach((name, property) -> {
			String description = property.path("description").asString("");
			String type = property.path("type").asString("");
			if (description.contains("\n")) {
				problems.add(name + ": spans more than one line");
			}
			if (description.startsWith("The ") || description.startsWith("A ") || description.startsWith("An ")) {
				problems.add(name + ": starts with an article");
			}
			if (!description.isEmpty() && !description.endsWith(".")) {
				problems.add(name + ": does not end with a period");
			}
			boolean isBoolean = type.equals("java.lang.Boolean") || type.equals("boolean");
			if (isBoolean != description.startsWith("Whether")) {
				problems.add(name + (isBoolean ? ": is a boolean but does not start with 'Whether'"
						: ": starts with 'Whether' but is not a boolean"));
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void typesAreDurationsAndDataSizesNotRawNumbers() {
		assertThat(properties.get("yandex.cloud.http.connect-timeout").path("type").asString())
			.isEqualTo("java.time.Duration");
		assertThat(properties.get("yandex.cloud.http.response-timeout").path("type").asString())
			.isEqualTo("java.time.Duration");
		assertThat(properties.get("yandex.cloud.http.max-in-memory-size").path("type").asString())
			.isEqualTo("org.springframework.util.unit.DataSize");
		assertThat(properties.get("yandex.cloud.retry.initial-backoff").path("type").asString())
			.isEqualTo("java.time.Duration");
		assertThat(properties.get("yandex.cloud.retry.max-backoff").path("type").asString())
			.isEqualTo("java.time.Duration");
		assertThat(properties.get("yandex.cloud.operation.initial-poll-interval").path("type").asString())
			.isEqualTo("java.time.Duration");
		assertThat(properties.get("yandex.cloud.operation.max-poll-interval").path("type").asString())
			.isEqualTo("java.time.Duration");
		assertThat(properties.get("yandex.cloud.operation.timeout").path("type").asString())
			.isEqualTo("java.time.Duration");
	}

	@Test
	void everyDocumentedDefaultIsTheOneTheCodeUses() {
		YandexCloudProperties code = new YandexCloudProperties();
		Map<String, Object> used = new LinkedHashMap<>();
		used.put("yandex.cloud.endpoints.compute", code.getEndpoints().getCompute());
		used.put("yandex.cloud.endpoints.operation", code.getEndpoints().getOperation());
		used.put("yandex.cloud.endpoints.iam", code.getEndpoints().getIam());
		used.put("yandex.cloud.endpoints.api-gateway", code.getEndpoints().getApiGateway());
		used.put("yandex.cloud.endpoints.metadata", code.getEndpoints().getMetadata());
		used.put("yandex.cloud.http.connect-timeout", code.getHttp().getConnectTimeout());
		used.put("yandex.cloud.http.response-timeout", code.getHttp().getResponseTimeout());
		used.put("yandex.cloud.http.max-in-memory-size", code.getHttp().getMaxInMemorySize());
		used.put("yandex.cloud.retry.max-attempts", code.getRetry().getMaxAttempts());
		used.put("yandex.cloud.retry.initial-backoff", code.getRetry().getInitialBackoff());
		used.put("yandex.cloud.retry.max-backoff", code.getRetry().getMaxBackoff());
		used.put("yandex.cloud.paging.page-size", code.getPaging().getPageSize());
		used.put("yandex.cloud.operation.initial-poll-interval", code.getOperation().getInitialPollInterval());
		used.put("yandex.cloud.operation.max-poll-interval", code.getOperation().getMaxPollInterval());
		used.put("yandex.cloud.operation.poll-multiplier", code.getOperation().getPollMultiplier());
		used.put("yandex.cloud.operation.timeout", code.getOperation().getTimeout());
		Map<String, String> readme = readmeDefaults();
		used.forEach((key, value) -> {
			String documented = designProperties().get(key);
			assertThat(documented).as("%s in DESIGN.md", key).isNotNull();
			assertThat(parse(documented, value)).as("%s: the code's default and DESIGN.md's", key).isEqualTo(value);
			assertThat(parse(properties.get(key).path("defaultValue").asString(), value))
				.as("%s: the code's default and the configuration metadata's", key)
				.isEqualTo(value);
			assertThat(parse(readme.get(key), value)).as("%s: the code's default and the README's", key)
				.isEqualTo(value);
		});
	}

	private static Object parse(@Nullable String text, Object like) {
		assertThat(text).isNotNull();
		if (like instanceof Duration) {
			return DurationStyle.detectAndParse(text);
		}
		if (like instanceof DataSize) {
			return DataSize.parse(text);
		}
		if (like instanceof URI) {
			return URI.create(text);
		}
		if (like instanceof Integer) {
			return Integer.parseInt(text);
		}
		return Double.parseDouble(text);
	}

	/** The README's "Every key, with its default" block, flattened to {@code yandex.cloud.*} keys. */
	private static Map<String, String> readmeDefaults() {
		String readme;
		try {
			readme = Files.readString(Path.of("..", "README.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String block = readme.substring(readme.indexOf("Every key, with its default:"));
		block = block.substring(block.indexOf("```yaml") + 7, block.indexOf("```", block.indexOf("```yaml") + 7));
		Map<String, String> defaults = new LinkedHashMap<>();
		List<String> path = new ArrayList<>();
		for (String line : block.strip().split("\n")) {
			String content = line.replaceFirst("\\s+#.*$", "");
			int depth = (line.length() - line.stripLeading().length()) / 2;
			String key = content.strip().substring(0, content.strip().indexOf(':'));
			String value = content.strip().substring(content.strip().indexOf(':') + 1).strip();
			while (path.size() > depth) {
				path.remove(path.size() - 1);
			}
			path.add(key);
			if (!value.isEmpty()) {
				defaults.put(String.join(".", path), value);
			}
		}
		return defaults;
	}

	private static Map<String, String> designProperties() {
		Map<String, String> design = new LinkedHashMap<>();
		design.put("yandex.cloud.enabled", "true");
		design.put("yandex.cloud.folder-id", null);
		design.put("yandex.cloud.endpoints.compute", "https://compute.api.cloud.yandex.net");
		design.put("yandex.cloud.endpoints.operation", "https://operation.api.cloud.yandex.net");
		design.put("yandex.cloud.endpoints.iam", "https://iam.api.cloud.yandex.net");
		design.put("yandex.cloud.endpoints.api-gateway", "https://serverless-apigateway.api.cloud.yandex.net");
		design.put("yandex.cloud.endpoints.metadata", "http://169.254.169.254");
		design.put("yandex.cloud.credentials.iam-token", null);
		design.put("yandex.cloud.credentials.oauth-token", null);
		design.put("yandex.cloud.credentials.service-account-key-file", null);
		design.put("yandex.cloud.credentials.service-account-key", null);
		design.put("yandex.cloud.credentials.metadata-service", "auto");
		design.put("yandex.cloud.http.connect-timeout", "5s");
		design.put("yandex.cloud.http.response-timeout", "30s");
		design.put("yandex.cloud.http.max-in-memory-size", "16MB");
		design.put("yandex.cloud.retry.max-attempts", "4");
		design.put("yandex.cloud.retry.initial-backoff", "100ms");
		design.put("yandex.cloud.retry.max-backoff", "20s");
		design.put("yandex.cloud.paging.page-size", "1000");
		design.put("yandex.cloud.operation.initial-poll-interval", "500ms");
		design.put("yandex.cloud.operation.max-poll-interval", "10s");
		design.put("yandex.cloud.operation.poll-multiplier", "1.5");
		design.put("yandex.cloud.operation.timeout", "30m");
		return design;
	}

}
