package io.github.ycspring.architecture;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture the build enforces: which package may know which, and what users may compile against.
 */
class ArchitectureTests {

	private static final JavaClasses library = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("emulator") && !location.contains("test-support"))
		.importPackages("io.github.ycspring");

	/**
	 * Every public type users may compile against: the API DESIGN.md names, plus what Spring Boot itself must reach
	 * (auto-configurations, their properties). A new public type is a deliberate change to this list.
	 */
	private static final Set<String> PUBLIC_API = Set.of(
			// clients, models and requests
			"compute.ImageClient", "compute.Image", "compute.Image$Status", "compute.Os", "compute.Os$Type",
			"compute.Os$Nvidia", "compute.HardwareGeneration", "compute.HardwareGeneration$PciTopology",
			"compute.HardwareGeneration$LegacyFeatures", "compute.HardwareGeneration$Generation2Features",
			"compute.KmsKey", "compute.ImageOperationMetadata", "compute.ListImagesRequest",
			"compute.ListImagesRequest$Builder", "compute.CreateImageRequest", "compute.CreateImageRequest$Builder",
			"compute.UpdateImageRequest", "compute.UpdateImageRequest$Builder", "operation.OperationClient",
			"operation.Operation", "operation.Status", "operation.OperationResource", "operation.ListOperationsRequest",
			"operation.ListOperationsRequest$Builder", "operation.OperationFailedException",
			"operation.OperationTimeoutException", "operation.PollingSettings",
			// paging, errors, call options
			"core.Page", "core.YandexCloudException", "core.Code", "core.IdempotencyKey", "core.Endpoints",
			"core.RetrySettings",
			// credentials a user may construct or implement
			"auth.CredentialsProvider", "auth.IamToken", "auth.StaticIamTokenCredentials",
			// Spring Boot integration
			"autoconfigure.YandexCloudAutoConfiguration", "autoconfigure.YandexCloudConnectionDetails",
			"autoconfigure.YandexCloudWebClientCustomizer", "autoconfigure.YandexCloudProperties",
			"autoconfigure.YandexCloudProperties$ServiceEndpoints", "autoconfigure.YandexCloudProperties$Credentials",
			"autoconfigure.YandexCloudProperties$MetadataServiceMode", "autoconfigure.YandexCloudProperties$Http",
			"autoconfigure.YandexCloudProperties$Retry", "autoconfigure.YandexCloudProperties$Paging",
			"autoconfigure.YandexCloudProperties$OperationWaiting",
			"autoconfigure.actuate.YandexCloudHealthContributorAutoConfiguration",
			"autoconfigure.actuate.YandexCloudHealthIndicatorProperties",
			// clients built by hand
			"YandexCloudClients", "YandexCloudClients$Builder");


	@Test
	void noPublicTypeOutsideInternalButTheApiList() {
		Set<String> published = new TreeSet<>();
		for (JavaClass type : library) {
			if (type.getModifiers().contains(JavaModifier.PUBLIC) && isReachable(type)
					&& !type.getPackageName().contains(".internal")) {
				published.add(type.getName().substring("io.github.ycspring.".length()));
			}
		}
		assertThat(published).containsExactlyInAnyOrderElementsOf(PUBLIC_API);
	}

	private static boolean isReachable(JavaClass type) {
		JavaClass enclosing = type.getEnclosingClass().orElse(null);
		return (enclosing == null || (enclosing.getModifiers().contains(JavaModifier.PUBLIC) && isReachable(enclosing)))
				&& !type.isAnonymousClass() && !type.isLocalClass();
	}

	@Test
	void coreKnowsNoServicePackage() {
		noClasses().that()
			.resideInAPackage("io.github.ycspring.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.ycspring.compute..", "io.github.ycspring.operation..",
					"io.github.ycspring.auth..", "io.github.ycspring.autoconfigure..")
			.check(library);
	}

	@Test
	void clientsWorkWithoutSpringBoot() {
		noClasses().that()
			.resideInAnyPackage("io.github.ycspring", "io.github.ycspring.core..", "io.github.ycspring.auth..",
					"io.github.ycspring.compute..", "io.github.ycspring.operation..", "io.github.ycspring.internal..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.ycspring.autoconfigure..", "org.springframework.boot..")
			.check(library);
	}

	@Test
	void thePlumbingKnowsNoServiceButTheClientImplementationsDo() {
		noClasses().that()
			.resideInAnyPackage("io.github.ycspring.internal", "io.github.ycspring.internal.http..",
					"io.github.ycspring.internal.json..", "io.github.ycspring.internal.paging..",
					"io.github.ycspring.internal.validation..", "io.github.ycspring.internal.auth..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.ycspring.compute..", "io.github.ycspring.operation..",
					"io.github.ycspring.autoconfigure..")
			.check(library);
	}

	@Test
	void onlyTheClientsAssemblyAndTheAutoConfigurationKnowTheClientImplementations() {
		noClasses().that()
			.resideInAnyPackage("io.github.ycspring.core..", "io.github.ycspring.auth..",
					"io.github.ycspring.compute..", "io.github.ycspring.operation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.ycspring.internal.compute..", "io.github.ycspring.internal.operation..")
			.check(library);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.github.ycspring.(**)").should().beFreeOfCycles().check(library);
	}

}
