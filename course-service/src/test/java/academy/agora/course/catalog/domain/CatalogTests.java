package academy.agora.course.catalog.domain;

import java.time.Instant;
import java.util.List;

import academy.agora.course.authoring.domain.Author;
import academy.agora.course.authoring.domain.ContentNotFoundException;
import academy.agora.course.authoring.domain.CourseAuthoring;
import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.CourseListing;
import academy.agora.course.authoring.domain.CourseNotFoundException;
import academy.agora.course.authoring.domain.Fixtures;
import academy.agora.course.authoring.domain.InMemoryCourses;
import academy.agora.course.authoring.domain.Lesson;
import academy.agora.course.authoring.domain.LocalizedText;
import academy.agora.course.authoring.domain.Module;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTests {

	private final InMemoryCourses courses = new InMemoryCourses();

	private final CourseAuthoring authoring = new CourseAuthoring(this.courses, java.time.Clock.systemUTC());

	private final Catalog catalog = new Catalog(this.courses);

	private final Author elira = new Author("elira", false);

	private String assembly;

	private String budgeting;

	private String draft;

	private String retired;

	@BeforeEach
	void courses() {
		this.assembly = published(course("Citizens' assemblies", "Граѓански собранија", "citizens-assembly"));
		this.budgeting = published(
				new CourseContent("sr-Latn", LocalizedText.of("sr-Latn", "Participativno budžetiranje"),
						LocalizedText.of("sr-Latn", "Građani odlučuju o delu budžeta"), null,
						List.of("participatory-budgeting"), 2,
						List.of(new Module("ciklus", LocalizedText.of("sr-Latn", "Ciklus"),
								List.of(new Lesson("pravila", LocalizedText.of("sr-Latn", "Pravila"),
										LocalizedText.of("sr-Latn", "Tekst"), 5, null, null, null)),
								List.of())),
						null, false));
		this.draft = this.authoring.create(this.elira, course("Unfinished draft", null, "facilitation")).block().id();
		this.retired = published(course("Old course", null, "citizens-assembly"));
		this.authoring.retire(this.elira, this.retired, null).block();
	}

	private static CourseContent course(String en, String mk, String topic) {
		CourseContent content = Fixtures.content();
		return new CourseContent("en", Fixtures.text(en, mk), content.summary(), content.outcomes(), List.of(topic),
				content.estimatedHours(), content.modules(), content.completionRules(), false);
	}

	private String published(CourseContent content) {
		String id = this.authoring.create(this.elira, content).block().id();
		this.authoring.publish(this.elira, id, null).block();
		return id;
	}

	private List<String> search(String language, String topic, String text) {
		return this.catalog.search(new CatalogQuery(language, topic, text, 0, 20))
			.block()
			.items()
			.stream()
			.map(CourseListing::courseId)
			.toList();
	}

	@Test
	void theCatalogueListsPublishedCoursesThatAreNotRetiredByTitle() {
		assertThat(search(null, null, null)).containsExactly(this.assembly, this.budgeting);
	}

	@Test
	void coursesAreFoundByOfferedLanguage() {
		assertThat(search("mk", null, null)).containsExactly(this.assembly);
		assertThat(search("sr", null, null)).containsExactly(this.budgeting);
		assertThat(search("de", null, null)).isEmpty();
	}

	@Test
	void coursesAreFoundByTopic() {
		assertThat(search(null, "participatory-budgeting", null)).containsExactly(this.budgeting);
		assertThat(search(null, "facilitation", null)).isEmpty();
	}

	@Test
	void textIsSearchedInTitlesAndSummariesInAnyLanguageIgnoringCase() {
		assertThat(search(null, null, "СОБРАНИЈА")).containsExactly(this.assembly);
		assertThat(search(null, null, "budžeta")).containsExactly(this.budgeting);
		assertThat(search(null, null, "how to run")).containsExactly(this.assembly);
		assertThat(search(null, null, "unfinished")).isEmpty();
	}

	@Test
	void resultsArePaged() {
		CatalogPage second = this.catalog.search(new CatalogQuery(null, null, null, 1, 1)).block();

		assertThat(second.items()).extracting(CourseListing::courseId).containsExactly(this.budgeting);
		assertThat(second.totalItems()).isEqualTo(2);
		assertThat(this.catalog.search(new CatalogQuery(null, null, null, 5, 20)).block().items()).isEmpty();
	}

	@Test
	void theLatestVersionIsReadOnlyForListedCourses() {
		assertThat(this.catalog.latest(this.assembly).block().version().number()).isEqualTo(1);
		StepVerifier.create(this.catalog.latest(this.draft)).expectError(CourseNotFoundException.class).verify();
		StepVerifier.create(this.catalog.latest(this.retired)).expectError(CourseNotFoundException.class).verify();
	}

	@Test
	void versionsOfRetiredCoursesStayReadableButDraftsNeverAre() {
		assertThat(this.catalog.version(this.retired, 1).block().content().title().in("en")).isEqualTo("Old course");
		StepVerifier.create(this.catalog.version(this.draft, 1)).expectError(ContentNotFoundException.class).verify();
		StepVerifier.create(this.catalog.version(this.assembly, 2))
			.expectError(ContentNotFoundException.class)
			.verify();
	}

	@Test
	void aLessonKnowsItsNeighboursAcrossModules() {
		PublishedCourse course = this.catalog.version(this.assembly, 1).block();

		PublishedCourse.LessonInPlace when = course.lesson("when").orElseThrow();
		assertThat(when.previousLessonId()).isEqualTo("what");
		assertThat(when.nextLessonId()).isEqualTo("draw");
		assertThat(course.lesson("what").orElseThrow().previousLessonId()).isNull();
		assertThat(course.lesson("draw").orElseThrow().nextLessonId()).isNull();
		assertThat(course.lesson("draw").orElseThrow().module().id()).isEqualTo("lottery");
		assertThat(course.lesson("nope")).isEmpty();
		assertThat(course.quiz("basics-quiz")).isPresent();
		assertThat(Instant.now()).isAfterOrEqualTo(course.version().publishedAt());
	}

}
