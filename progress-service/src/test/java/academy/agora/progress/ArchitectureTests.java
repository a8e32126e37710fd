package academy.agora.progress;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

@AnalyzeClasses(packages = "academy.agora.progress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/**
	 * The domain is plain Java and Reactor, and the shared permission model.
	 * {@code allowEmptyShould(false)} makes the rule fail, rather than pass vacuously, if
	 * the domain packages are renamed or emptied.
	 */
	@ArchTest
	static final ArchRule domainDependsOnNeitherSpringNorAdapters = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat(resideInAnyPackage("org.springframework..", "..web..", "..persistence..", "..messaging..",
				"..config..")
			// The shared permission model is plain Java, made for domains; the rest of
			// service-support is Spring.
			.or(resideInAPackage("academy.agora.support..").and(not(resideInAPackage("academy.agora.support.access")))))
		.allowEmptyShould(false);

	@ArchTest
	static void eachFeatureHasADomainTheRulesApplyTo(JavaClasses classes) {
		for (String feature : new String[] { "courses", "enrolment", "cohorts", "reports", "erasure" }) {
			assertThat(classes
				.that(JavaClass.Predicates.resideInAPackage("academy.agora.progress." + feature + ".domain")))
				.as("classes in the %s domain", feature)
				.isNotEmpty();
		}
	}

	@ArchTest
	static final ArchRule adaptersDoNotUseEachOther = noClasses().that()
		.resideInAnyPackage("..web..", "..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..persistence..")
		.allowEmptyShould(false);

}
