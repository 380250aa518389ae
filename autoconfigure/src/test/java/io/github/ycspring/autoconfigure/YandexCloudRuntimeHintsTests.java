package io.github.ycspring.autoconfigure;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ycspring.compute.HardwareGeneration;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.Os;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hints a native image needs, checked against every record of the library found by scanning, so that a new
 * model cannot be forgotten: each one is either kept for the JSON mapper or named here as never on the wire.
 */
class YandexCloudRuntimeHintsTests {

	/** Records that are never read from or written to JSON. */
	private static final Set<String> NOT_ON_THE_WIRE = Set.of("io.github.ycspring.YandexCloudClients",
			"io.github.ycspring.auth.IamToken", "io.github.ycspring.autoconfigure.ClientTransport",
			"io.github.ycspring.autoconfigure.YandexCloudSettings", "io.github.ycspring.compute.CreateImageRequest",
			"io.github.ycspring.compute.ListImagesRequest", "io.github.ycspring.compute.UpdateImageRequest",
			"io.github.ycspring.core.Endpoints", "io.github.ycspring.core.Page", "io.github.ycspring.core.RetrySettings",
			"io.github.ycspring.internal.auth.CachingCredentialsProvider$Cached",
			"io.github.ycspring.internal.auth.ServiceAccountKey", "io.github.ycspring.internal.http.ApiRequest",
			"io.github.ycspring.internal.http.ApiResponse",
			"io.github.ycspring.internal.http.CallIds", "io.github.ycspring.internal.operation.OperationPoller$Poll",
			"io.github.ycspring.internal.paging.FetchedPage",
			"io.github.ycspring.operation.ListOperationsRequest", "io.github.ycspring.operation.PollingSettings");

	private final RuntimeHints hints = new RuntimeHints();

	YandexCloudRuntimeHintsTests() {
		new YandexCloudRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void everyRecordOnTheWireKeepsItsConstructorAccessorsAndFields() {
		List<Class<?>> records = libraryClasses().stream()
			.filter(JavaClass::isRecord)
			.map(JavaClass::reflect)
			.filter((type) -> !NOT_ON_THE_WIRE.contains(type.getName()))
			.<Class<?>>map((type) -> type)
			.toList();
		assertThat(records).as("records found by scanning").hasSizeGreaterThanOrEqualTo(18);
		assertThat(records).allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection()
			.onType(type)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS,
					MemberCategory.ACCESS_DECLARED_FIELDS))
			.as("hints for %s", type.getName())
			.accepts(this.hints));
		assertThat(records).extracting(Class::getName)
			.containsExactlyInAnyOrderElementsOf(YandexCloudRuntimeHints.WIRE_TYPES);
	}

	@Test
	void everyReaderThatAnAnnotationNamesCanBeCreated() {
		// on a type, or on a record component (the items of a page record)
		List<Class<?>> readers = libraryClasses().stream()
			.map(JavaClass::reflect)
			.flatMap((type) -> Stream.<AnnotatedElement>concat(Stream.of(type),
					Stream.ofNullable(type.getRecordComponents())
						.flatMap(Arrays::stream)
						.map(RecordComponent::getAccessor)))
			.filter((annotated) -> annotated.isAnnotationPresent(JsonDeserialize.class))
			.<Class<?>>map((annotated) -> annotated.getAnnotation(JsonDeserialize.class).using())
			.distinct()
			.toList();
		assertThat(readers).as("readers named by @JsonDeserialize").extracting(Class::getSimpleName)
			.contains("ImageJsonReader", "PageItemsDeserializer");
		assertThat(readers).allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection()
			.onType(type)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as("hints for %s", type.getName())
			.accepts(this.hints));
	}

	@Test
	void theEnumsInsideTheModelsAreKeptForTheirNames() {
		for (Class<?> type : List.of(Image.Status.class, Os.Type.class, HardwareGeneration.PciTopology.class)) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).as("hints for %s", type.getName())
				.accepts(this.hints);
		}
	}

	@Test
	void springFindsTheRegistrarWhereItLooks() {
		assertThat(AotServices.factories(getClass().getClassLoader()).load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(YandexCloudRuntimeHints.class);
	}

	private static JavaClasses libraryClasses() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("emulator") && !location.contains("test-support"))
			.importPackages("io.github.ycspring");
	}

}
