package io.github.ycspring.emulator;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The emulator is a server written apart from the client: tests that pair them prove something only while it
 * shares none of the client's code (its JSON, its models, its validation).
 */
class EmulatorIndependenceTests {

	@Test
	void theEmulatorImportsNothingOfTheClient() {
		JavaClasses emulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.github.ycspring.emulator");
		noClasses().that()
			.resideInAPackage("io.github.ycspring.emulator..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.github.ycspring..")
				.and(resideOutsideOfPackage("io.github.ycspring.emulator..")))
			.check(emulator);
	}

}
