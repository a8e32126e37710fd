package academy.agora.progress.config;

import java.security.SecureRandom;
import java.time.Clock;

import academy.agora.progress.cohorts.domain.CohortCoordination;
import academy.agora.progress.cohorts.domain.Cohorts;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.progress.enrolment.domain.CoordinatedCohorts;
import academy.agora.progress.enrolment.domain.Enrolments;
import academy.agora.progress.enrolment.domain.LearningProgress;
import academy.agora.progress.enrolment.domain.Scopes;
import academy.agora.progress.erasure.domain.Erasures;
import academy.agora.progress.erasure.domain.LearnerErasure;
import academy.agora.progress.reports.domain.ReportQueries;
import academy.agora.progress.reports.domain.Reports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Spring-free domain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
class ProgressConfig {

	@Bean
	Scopes scopes(CoordinatedCohorts cohorts) {
		return new Scopes(cohorts);
	}

	@Bean
	LearningProgress learningProgress(Enrolments enrolments, CourseVersions courseVersions, Scopes scopes,
			Clock clock) {
		return new LearningProgress(enrolments, courseVersions, scopes, clock);
	}

	@Bean
	CohortCoordination cohortCoordination(Cohorts cohorts, CourseVersions courseVersions, Enrolments enrolments,
			LearningProgress learningProgress, Clock clock) {
		return new CohortCoordination(cohorts, courseVersions, enrolments, learningProgress, new SecureRandom(), clock);
	}

	@Bean
	LearnerErasure learnerErasure(Erasures erasures, Enrolments enrolments, Clock clock) {
		return new LearnerErasure(erasures, enrolments, clock);
	}

	@Bean
	Reports reports(Scopes scopes, ReportQueries queries, CourseVersions courseVersions, Cohorts cohorts, Clock clock,
			ReportsProperties properties) {
		return new Reports(scopes, queries, courseVersions, cohorts, clock, properties.activeWindow());
	}

}
