package academy.agora.course.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import academy.agora.course.authoring.domain.Course;
import academy.agora.course.authoring.domain.CourseAuthoring;
import academy.agora.course.authoring.domain.InvalidCourseException;
import academy.agora.course.authoring.web.CourseRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads each sample course file as a course of the demo author and publishes it. Each
 * file always becomes the same course id, and a course that exists is left alone, so
 * starting again (or two instances starting together) changes nothing. A broken file is
 * logged and skipped: sample content must never keep the service from starting.
 */
@Component
@ConditionalOnProperty(name = "agora.samples.enabled", havingValue = "true")
@EnableConfigurationProperties(SampleProperties.class)
class SampleCourses implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SampleCourses.class);

	private static final Duration PATIENCE = Duration.ofMinutes(1);

	private final CourseAuthoring authoring;

	private final JsonMapper json;

	private final Validator validator;

	private final SampleProperties properties;

	SampleCourses(CourseAuthoring authoring, JsonMapper json, Validator validator, SampleProperties properties) {
		this.authoring = authoring;
		this.json = json;
		this.validator = validator;
		this.properties = properties;
	}

	/**
	 * The id a sample course always has.
	 * @param fileName the file's name, such as {@code citizens-assembly.json}
	 * @return a name-based UUID
	 */
	static String courseId(String fileName) {
		return UUID.nameUUIDFromBytes(("sample-course:" + fileName).getBytes(StandardCharsets.UTF_8)).toString();
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			// Start-up, not a request: waiting here lets the service report ready only
			// once the samples can be read.
			List<Course> loaded = load().block(PATIENCE);
			logger.info("Sample courses ready: {}", (loaded != null) ? loaded.size() : 0);
		}
		catch (RuntimeException ex) {
			logger.error("Sample courses could not be loaded; the service runs without them", ex);
		}
	}

	/**
	 * Loads every sample file.
	 * @return the sample courses as stored
	 */
	Mono<List<Course>> load() {
		return Flux.fromIterable(files())
			.concatMap((file) -> loadOne(file).onErrorResume(InvalidCourseException.class, (ex) -> {
				logger.error("Sample course {} cannot be published: {}", file.getFilename(), ex.violations());
				return Mono.empty();
			}))
			.collectList();
	}

	private Mono<Course> loadOne(Resource file) {
		CourseRequest request;
		try (InputStream in = file.getInputStream()) {
			request = this.json.readValue(in, CourseRequest.class);
		}
		catch (IOException | JacksonException ex) {
			logger.error("Sample course {} is not readable: {}", file.getFilename(), ex.getMessage());
			return Mono.empty();
		}
		Set<ConstraintViolation<CourseRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			logger.error("Sample course {} has invalid fields: {}", file.getFilename(),
					violations.stream()
						.map((violation) -> violation.getPropertyPath() + " " + violation.getMessage())
						.collect(Collectors.joining("; ")));
			return Mono.empty();
		}
		return this.authoring.ensurePublished(courseId(file.getFilename()), this.properties.owner(),
				request.toContent());
	}

	private List<Resource> files() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(this.properties.location());
			return Arrays.stream(found)
				.filter((resource) -> resource.getFilename() != null)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
