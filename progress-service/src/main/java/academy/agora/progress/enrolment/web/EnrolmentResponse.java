package academy.agora.progress.enrolment.web;

import java.time.Instant;
import java.util.List;

import academy.agora.progress.enrolment.domain.Enrolment;

/**
 * An enrolment and the learner's progress in it.
 */
record EnrolmentResponse(String id, LearnerResponse learner, String courseId, int courseVersion, String courseTitle,
		Enrolment.Status status, List<LessonResponse> lessons, int completedLessons, int totalLessons,
		int percentComplete, Instant enrolledAt, Instant completedAt) {

	static EnrolmentResponse of(Enrolment enrolment) {
		return new EnrolmentResponse(enrolment.id(),
				new LearnerResponse(enrolment.learnerId(), enrolment.learnerName(), enrolment.municipality()),
				enrolment.courseId(), enrolment.courseVersion(), enrolment.courseTitle(), enrolment.status(),
				enrolment.lessons()
					.stream()
					.map((lesson) -> new LessonResponse(lesson.lessonId(), lesson.title(), lesson.completed(),
							lesson.completedAt()))
					.toList(),
				enrolment.completedLessons(), enrolment.totalLessons(), enrolment.percentComplete(),
				enrolment.enrolledAt(), enrolment.completedAt());
	}

	record LearnerResponse(String id, String name, String municipality) {
	}

	record LessonResponse(String id, String title, boolean completed, Instant completedAt) {
	}

}
