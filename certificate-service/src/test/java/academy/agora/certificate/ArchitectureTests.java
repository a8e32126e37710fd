package academy.agora.certificate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "academy.agora.certificate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule theDomainKnowsNoSpringWebOrPersistence = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "..web..", "..persistence..", "..messaging..", "..verification..",
				"..config..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
		.allowEmptyShould(false);

	@ArchTest
	static final ArchRule theRenderingIsPlainJavaOnItsOwn = noClasses().that()
		.resideInAPackage("..rendering..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "academy.agora.certificate.issuing..",
				"academy.agora.certificate.verification..", "academy.agora.certificate.config..")
		.allowEmptyShould(false);

	@ArchTest
	static void nothingButTheWiringReachesIntoTheStore(JavaClasses classes) {
		noClasses().that()
			.resideInAnyPackage("..web..", "..verification..", "..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..persistence..")
			.allowEmptyShould(false)
			.check(classes);
	}

}
