package academy.agora.course.config;

import java.time.Clock;

import academy.agora.course.authoring.domain.CourseAuthoring;
import academy.agora.course.authoring.domain.Courses;

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

}
