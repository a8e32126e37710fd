package academy.agora.progress.enrolment.web;

import java.time.Instant;
import java.util.List;

import academy.agora.progress.enrolment.domain.AttendanceRecord;
import academy.agora.progress.enrolment.domain.Certificate;
import academy.agora.progress.enrolment.domain.Enrolment;
import academy.agora.progress.enrolment.domain.LessonProgress;
import academy.agora.progress.enrolment.domain.QuizProgress;

/**
 * An enrolment and the learner's progress in it. {@code percentComplete} counts the
 * required lessons and quizzes; {@code completedLessons} and {@code totalLessons} count
 * every lesson. {@code cohortId} is {@code null} for a self-paced enrolment.
 * {@code attendance} is {@code null} unless a coordinator completed the enrolment because
 * the learner attended the live sessions. Public because joining a cohort answers with
 * the enrolment too.
 */
public record EnrolmentResponse(String id, LearnerResponse learner, String cohortId, String courseId, int courseVersion,
		String courseTitle, String language, Enrolment.Status status, List<LessonResponse> lessons,
		List<ModuleResponse> modules, List<QuizResponse> quizzes, NextLessonResponse nextLesson, int completedLessons,
		int totalLessons, int requiredItems, int completedRequiredItems, int percentComplete, Instant enrolledAt,
		Instant completedAt, Instant lastActivityAt, Instant withdrawnAt, CertificateResponse certificate,
		AttendanceResponse attendance) {

	public static EnrolmentResponse of(Enrolment enrolment) {
		LessonProgress next = enrolment.nextLesson();
		return new EnrolmentResponse(enrolment.id(),
				new LearnerResponse(enrolment.learnerId(), enrolment.learnerName(), enrolment.municipality()),
				enrolment.cohortId(), enrolment.courseId(), enrolment.courseVersion(), enrolment.courseTitle(),
				enrolment.language(), enrolment.status(),
				enrolment.lessons()
					.stream()
					.map((lesson) -> new LessonResponse(lesson.lessonId(), lesson.title(), lesson.moduleId(),
							enrolment.completionRules().requiresLesson(lesson.lessonId()), lesson.completed(),
							lesson.completedAt()))
					.toList(),
				enrolment.moduleProgress()
					.stream()
					.map((module) -> new ModuleResponse(module.moduleId(), module.items(), module.completedItems(),
							module.percentComplete()))
					.toList(),
				enrolment.quizzes().stream().map((quiz) -> QuizResponse.of(enrolment, quiz)).toList(),
				(next != null) ? new NextLessonResponse(next.lessonId(), next.title(), next.moduleId()) : null,
				enrolment.completedLessons(), enrolment.totalLessons(), enrolment.requiredItems(),
				enrolment.completedRequiredItems(), enrolment.percentComplete(), enrolment.enrolledAt(),
				enrolment.completedAt(), enrolment.lastActivityAt(), enrolment.withdrawnAt(),
				CertificateResponse.of(enrolment.certificate()), AttendanceResponse.of(enrolment.attendance()));
	}

	public record LearnerResponse(String id, String name, String municipality) {
	}

	public record LessonResponse(String id, String title, String moduleId, boolean required, boolean completed,
			Instant completedAt) {
	}

	public record ModuleResponse(String id, int items, int completedItems, int percentComplete) {
	}

	public record QuizResponse(String id, String moduleId, boolean required, int passMark, Integer attemptLimit,
			int attemptsGranted, int attemptsUsed, Integer attemptsLeft, Integer bestScore, boolean passed) {

		static QuizResponse of(Enrolment enrolment, QuizProgress quiz) {
			return new QuizResponse(quiz.quizId(), quiz.moduleId(),
					enrolment.completionRules().requiresQuiz(quiz.quizId()), quiz.passMark(), quiz.attemptLimit(),
					quiz.extraAttempts(), quiz.attemptsUsed(), quiz.attemptsLeft(), quiz.bestScore(), quiz.passed());
		}

	}

	/**
	 * The certificate issued for the enrolment; {@code null} until one is.
	 */
	public record CertificateResponse(String certificateId, String verificationCode, Instant issuedAt,
			Certificate.Status status) {

		static CertificateResponse of(Certificate certificate) {
			return (certificate != null) ? new CertificateResponse(certificate.certificateId(),
					certificate.verificationCode(), certificate.issuedAt(), certificate.status()) : null;
		}

	}

	public record NextLessonResponse(String id, String title, String moduleId) {
	}

	/**
	 * Who recorded a completion by attendance, and why.
	 */
	public record AttendanceResponse(String recordedBy, String reason) {

		static AttendanceResponse of(AttendanceRecord attendance) {
			return (attendance != null) ? new AttendanceResponse(attendance.recordedBy(), attendance.reason()) : null;
		}

	}

}
