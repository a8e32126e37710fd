package academy.agora.support.access;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The permission model is what the services' domains use, and their domains are plain
 * Java: so is this package.
 */
@AnalyzeClasses(packages = "academy.agora.support.access", importOptions = ImportOption.DoNotIncludeTests.class)
class AccessArchitectureTests {

	@ArchTest
	static final ArchRule thePermissionModelIsPlainJava = classes().that()
		.resideInAPackage("academy.agora.support.access")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "academy.agora.support.access")
		.allowEmptyShould(false);

}
