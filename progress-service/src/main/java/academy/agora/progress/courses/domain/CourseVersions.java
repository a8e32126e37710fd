package academy.agora.progress.courses.domain;

import reactor.core.publisher.Mono;

/**
 * The published course versions known here.
 */
public interface CourseVersions {

	/**
	 * Remembers a published version. Versions are immutable, so recording one that is
	 * already known changes nothing: a redelivered or replayed event is harmless.
	 * @param version the version
	 * @return {@code true} if it was new, {@code false} if it was known already
	 */
	Mono<Boolean> record(CourseVersion version);

	/**
	 * The newest version of a course, which is the one new learners enrol in.
	 * @param courseId the course
	 * @return the version with the highest number, or empty if none is known yet
	 */
	Mono<CourseVersion> findLatest(String courseId);

}
