package academy.agora.course;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("academy.agora.course");

	@Test
	void theDomainKnowsNoFrameworkWebOrStorage() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "..web..", "..persistence..", "org.bson..", "com.mongodb..",
					"org.apache.kafka..")
			.allowEmptyShould(false)
			.check(this.classes);
	}

	@Test
	void controllersDoNotReachIntoStorage() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..persistence..", "org.springframework.data.mongodb..")
			.allowEmptyShould(false)
			.check(this.classes);
	}

	@Test
	void theCatalogueReadsCoursesThroughTheDomainOnly() {
		noClasses().that()
			.resideInAPackage("..catalog..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..authoring.web..", "..authoring.persistence..")
			.allowEmptyShould(false)
			.check(this.classes);
	}

}
