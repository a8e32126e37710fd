package academy.agora.course.config;

import java.time.Clock;

import academy.agora.course.authoring.domain.CourseAuthoring;
import academy.agora.course.authoring.domain.Courses;
import academy.agora.course.catalog.domain.Catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Spring-free domain.
 */
@Configuration(proxyBeanMethods = false)
class AuthoringConfig {

	@Bean
	CourseAuthoring courseAuthoring(Courses courses, Clock clock) {
		return new CourseAuthoring(courses, clock);
	}

	@Bean
	Catalog catalog(Courses courses) {
		return new Catalog(courses);
	}

}
