package academy.agora.course.samples;

import java.time.Duration;
import java.util.List;

import academy.agora.course.CourseServiceApplication;
import academy.agora.course.WebSliceConfiguration;
import academy.agora.course.authoring.domain.Course;
import academy.agora.events.CloudEventHeaders;
import academy.agora.events.Topics;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample courses shipped with the service, loaded at start-up into a real
 * MongoDB-wire server and announced on a real Kafka broker.
 */
@SpringBootTest(
		properties = { "spring.config.name=" + CourseServiceApplication.CONFIG_NAME, "agora.samples.enabled=true" })
class SampleCoursesIT {

	private static final List<String> FILES = List.of("citizens-assembly.json", "participatory-budgeting.json");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "course-samples-it");
	}

	@Autowired
	SampleCourses samples;

	@Autowired
	ApplicationContext context;

	@Test
	void everySampleIsPublishedOnceHoweverOftenItIsLoaded() {
		List<Course> again = this.samples.load().block(Duration.ofSeconds(60));
		List<Course> thirdTime = this.samples.load().block(Duration.ofSeconds(60));

		assertThat(again).extracting(Course::id)
			.containsExactlyElementsOf(FILES.stream().map(SampleCourses::courseId).toList());
		assertThat(again).allSatisfy((course) -> {
			assertThat(course.ownerId()).isEqualTo("elira");
			assertThat(course.publishedVersion()).isEqualTo(1);
			assertThat(course.hasUnpublishedChanges()).isFalse();
		});
		assertThat(thirdTime).isEqualTo(again);
		for (Course course : again) {
			List<ConsumerRecord<String, String>> records = KafkaRecords.awaitRecords(
					TestInfrastructure.get().kafkaBootstrapServers(), Topics.COURSE_EVENTS,
					KafkaRecords.hasKey(course.id()), 1);
			assertThat(records).singleElement()
				.extracting((record) -> KafkaRecords.header(record, CloudEventHeaders.TYPE))
				.isEqualTo("academy.agora.course.course.published.v1");
		}
	}

	@Test
	void theSamplesAreInTheCatalogueAndReadableInMacedonian() {
		WebTestClient client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		String id = SampleCourses.courseId("citizens-assembly.json");

		client.mutateWith(WebSliceConfiguration.as("ana", "learner", "mk"))
			.get()
			.uri("/api/catalog?topic=citizens-assembly")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].language")
			.isEqualTo("mk");
		client.mutateWith(WebSliceConfiguration.as("ana", "learner", "mk"))
			.get()
			.uri("/api/courses/{id}/versions/1/lessons/what-is-an-assembly", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("mk")
			.jsonPath("$.html")
			.value((html) -> assertThat((String) html).startsWith("<h1>"))
			.jsonPath("$.nextLessonId")
			.isEqualTo("choosing-the-question");
	}

}
