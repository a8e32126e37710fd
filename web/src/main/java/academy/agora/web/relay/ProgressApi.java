package academy.agora.web.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * progress-service as the learner's pages need it: enrolments, completions and quiz
 * attempts, always the signed-in person's own.
 */
public class ProgressApi {

	private final WebClient client;

	private final Duration timeout;

	ProgressApi(WebClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	public Flux<Enrolment> mine() {
		return this.client.get().uri("/api/enrolments").retrieve().bodyToFlux(Enrolment.class).timeout(this.timeout);
	}

	/**
	 * The learner's enrolment in a course, withdrawn ones included.
	 * @param courseId the course
	 * @return the enrolment, or empty if they never enrolled
	 */
	public Mono<Enrolment> inCourse(String courseId) {
		return mine().filter((enrolment) -> enrolment.courseId().equals(courseId)).next();
	}

	public Mono<Enrolment> enrol(String courseId, Locale locale) {
		return this.client.post()
			.uri("/api/enrolments")
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.bodyValue(Map.of("courseId", courseId))
			.retrieve()
			.bodyToMono(Enrolment.class)
			.timeout(this.timeout);
	}

	/**
	 * Joins the signed-in learner to a cohort with its code, enrolling them if they were
	 * not yet.
	 * @param code the join code as typed
	 * @param locale the reader's language
	 * @return the learner's enrolment in the cohort's course
	 */
	public Mono<Enrolment> joinCohort(String code, Locale locale) {
		return this.client.post()
			.uri("/api/cohorts/join")
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.bodyValue(Map.of("code", code))
			.retrieve()
			.bodyToMono(Enrolment.class)
			.timeout(this.timeout);
	}

	public Mono<Enrolment> completeLesson(String enrolmentId, String lessonId) {
		return this.client.post()
			.uri("/api/enrolments/{id}/lessons/{lesson}/completion", enrolmentId, lessonId)
			.retrieve()
			.bodyToMono(Enrolment.class)
			.timeout(this.timeout);
	}

	public Mono<Attempt> attempt(String enrolmentId, String quizId, Map<String, List<String>> answers, Locale locale) {
		return this.client.post()
			.uri("/api/enrolments/{id}/quizzes/{quiz}/attempts", enrolmentId, quizId)
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.bodyValue(Map.of("answers", answers))
			.retrieve()
			.bodyToMono(Attempt.class)
			.timeout(this.timeout);
	}

	/**
	 * An enrolment with the learner's progress; {@code percentComplete} counts required
	 * lessons and quizzes.
	 */
	public record Enrolment(String id, String cohortId, String courseId, int courseVersion, String courseTitle,
			String language, String status, List<LessonProgress> lessons, List<ModuleProgress> modules,
			List<QuizProgress> quizzes, NextLesson nextLesson, int completedLessons, int totalLessons,
			int requiredItems, int completedRequiredItems, int percentComplete, Instant enrolledAt, Instant completedAt,
			Instant lastActivityAt, Instant withdrawnAt, CertificateState certificate) {

		public boolean active() {
			return "IN_PROGRESS".equals(this.status);
		}

		public boolean completed() {
			return "COMPLETED".equals(this.status);
		}

		public boolean withdrawn() {
			return "WITHDRAWN".equals(this.status);
		}

		public boolean lessonCompleted(String lessonId) {
			return this.lessons.stream().anyMatch((lesson) -> lesson.id().equals(lessonId) && lesson.completed());
		}

		public Optional<QuizProgress> quiz(String quizId) {
			return this.quizzes.stream().filter((quiz) -> quiz.id().equals(quizId)).findFirst();
		}

		/**
		 * A module's progress.
		 * @param moduleId the module
		 * @return its progress, or {@code null} if the enrolled version has no such
		 * module
		 */
		public ModuleProgress moduleProgress(String moduleId) {
			return this.modules.stream().filter((module) -> module.id().equals(moduleId)).findFirst().orElse(null);
		}

		public List<LessonProgress> lessonsOf(String moduleId) {
			return this.lessons.stream().filter((lesson) -> moduleId.equals(lesson.moduleId())).toList();
		}

		public List<QuizProgress> quizzesOf(String moduleId) {
			return this.quizzes.stream().filter((quiz) -> moduleId.equals(quiz.moduleId())).toList();
		}

		/**
		 * Where to go on: the next lesson not completed, else the first quiz not passed,
		 * else nothing.
		 * @return the lesson or quiz id, with which it is
		 */
		public Optional<Step> nextStep() {
			if (this.nextLesson != null) {
				return Optional.of(new Step(this.nextLesson.id(), this.nextLesson.title(), false));
			}
			return this.quizzes.stream()
				.filter((quiz) -> !quiz.passed() && (quiz.attemptsLeft() == null || quiz.attemptsLeft() > 0))
				.findFirst()
				.map((quiz) -> new Step(quiz.id(), null, true));
		}

	}

	public record Step(String id, String title, boolean quiz) {
	}

	public record LessonProgress(String id, String title, String moduleId, boolean required, boolean completed,
			Instant completedAt) {
	}

	public record ModuleProgress(String id, int items, int completedItems, int percentComplete) {
	}

	public record QuizProgress(String id, String moduleId, boolean required, int passMark, Integer attemptLimit,
			int attemptsGranted, int attemptsUsed, Integer attemptsLeft, Integer bestScore, boolean passed) {

		public boolean canAttempt() {
			return this.attemptsLeft == null || this.attemptsLeft > 0;
		}

	}

	public record NextLesson(String id, String title, String moduleId) {
	}

	public record CertificateState(String certificateId, String verificationCode, Instant issuedAt, String status) {
	}

	/**
	 * A graded attempt; {@code correctOptionIds} of each question is {@code null} while
	 * the answers are not revealed.
	 */
	public record Attempt(String enrolmentId, String quizId, int attemptNumber, int score, boolean passed, int passMark,
			Integer attemptsLeft, int bestScore, boolean quizPassed, boolean answersRevealed, String language,
			List<QuestionResult> questions, Instant gradedAt, String enrolmentStatus) {

		public Optional<QuestionResult> result(String questionId) {
			return this.questions.stream().filter((question) -> question.questionId().equals(questionId)).findFirst();
		}

	}

	public record QuestionResult(String questionId, boolean correct, List<Feedback> feedback,
			List<String> correctOptionIds) {
	}

	public record Feedback(String optionId, String text) {
	}

}
