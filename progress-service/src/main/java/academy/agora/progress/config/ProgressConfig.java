package academy.agora.progress.config;

import java.time.Clock;

import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.progress.enrolment.domain.Enrolments;
import academy.agora.progress.enrolment.domain.LearningProgress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Spring-free domain.
 */
@Configuration(proxyBeanMethods = false)
class ProgressConfig {

	@Bean
	LearningProgress learningProgress(Enrolments enrolments, CourseVersions courseVersions, Clock clock) {
		return new LearningProgress(enrolments, courseVersions, clock);
	}

}
