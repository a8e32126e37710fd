package academy.agora.progress.courses.domain;

import java.time.Instant;

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

	/**
	 * One version of a course. Versions are immutable, so this answers the same whenever
	 * it is asked.
	 * @param courseId the course
	 * @param version the version
	 * @return the version, or empty if it is not known here
	 */
	Mono<CourseVersion> find(String courseId, int version);

	/**
	 * Remembers that a course was retired: it takes no new enrolments, while learners
	 * already enrolled carry on. A later publication of the course makes it available
	 * again; replaying old events does not, because their times say which came last.
	 * @param courseId the course
	 * @param retiredAt when it was retired
	 * @return completes when stored
	 */
	Mono<Void> retire(String courseId, Instant retiredAt);

	/**
	 * Whether the course is retired now.
	 * @param courseId the course
	 * @return {@code true} if retired and not published again since
	 */
	Mono<Boolean> isRetired(String courseId);

}
