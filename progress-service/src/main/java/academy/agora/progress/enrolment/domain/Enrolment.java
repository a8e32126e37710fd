package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import academy.agora.events.Event;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.EnrolmentWithdrawn;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.events.progress.QuizGraded;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.Grade;
import academy.agora.support.access.Scope;

/**
 * A learner following one published version of a course. There is at most one per learner
 * and course. It keeps a snapshot of what it needs of that version (lessons, modules,
 * quizzes' pass marks and attempt limits, completion rules, estimated hours, whether
 * certificates wait for approval), so that progress and completion never depend on what
 * is published later; the learner's completions and quiz attempts live in the same
 * document, and so change in one write with the events they cause.
 *
 * @param id the enrolment id
 * @param learnerId the learner's subject at the identity provider
 * @param learnerName the name printed on the certificate
 * @param municipality the municipality the learner works for, if known
 * @param country the ISO 3166-1 alpha-2 code of the learner's country, if known
 * @param cohortId the cohort the learner follows the course with, {@code null} for a
 * self-paced enrolment
 * @param courseId the course
 * @param courseVersion the version the learner follows
 * @param courseTitle the title of that version in its default language
 * @param courseTitles the title of that version by language tag
 * @param language the language the learner studies in: their locale at enrolment if the
 * version offers it, else the version's default language
 * @param lessons the lessons of that version in reading order, with the learner's
 * completions
 * @param modules the modules of that version; empty if it has none
 * @param quizzes the quizzes of that version, with the learner's attempts
 * @param completionRules what completes the enrolment
 * @param estimatedHours the estimated study time of that version, printed on the
 * certificate, or {@code null} if its author gave none
 * @param certificateApproval whether the certificate for completing that version online
 * waits for a coordinator's approval. Never {@code null}: a boxed type only so that
 * enrolments stored before it was kept, which lack the field, read as {@code false}
 * @param status whether the course is in progress, completed or withdrawn from
 * @param enrolledAt when the learner enrolled
 * @param completedAt when the last requirement was met, or when a coordinator recorded
 * the completion by attendance; {@code null} before
 * @param attendance the coordinator's record of a completion by attendance, {@code null}
 * for a completion online and before completion
 * @param lastActivityAt when the learner last did something in the course: enrolled,
 * completed a lesson or attempted a quiz
 * @param certificate the certificate issued for the completed enrolment, {@code null}
 * until the certificate service announces one
 * @param withdrawnAt when the learner withdrew, {@code null} unless the enrolment is
 * {@link Status#WITHDRAWN withdrawn}
 * @param revision increases with every stored change; guards against lost updates
 */
public record Enrolment(String id, String learnerId, String learnerName, String municipality, String country,
		String cohortId, String courseId, int courseVersion, String courseTitle, Map<String, String> courseTitles,
		String language, List<LessonProgress> lessons, List<ModuleOutline> modules, List<QuizProgress> quizzes,
		CompletionRules completionRules, Integer estimatedHours, Boolean certificateApproval, Status status,
		Instant enrolledAt, Instant completedAt, AttendanceRecord attendance, Instant lastActivityAt,
		Certificate certificate, Instant withdrawnAt, long revision) {

	public Enrolment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(status, "status");
		lessons = List.copyOf(lessons);
		// Enrolments stored before modules, quizzes and rules were kept have lessons
		// only, every one of them required.
		courseTitles = (courseTitles != null) ? Map.copyOf(courseTitles) : Map.of();
		modules = (modules != null) ? List.copyOf(modules) : List.of();
		quizzes = (quizzes != null) ? List.copyOf(quizzes) : List.of();
		completionRules = (completionRules != null) ? completionRules
				: new CompletionRules(lessons.stream().map(LessonProgress::lessonId).toList(), List.of());
		certificateApproval = Boolean.TRUE.equals(certificateApproval);
		// Enrolments stored before the last activity was kept: the latest time the
		// enrolment itself records.
		lastActivityAt = (lastActivityAt != null) ? lastActivityAt : latestActivity(enrolledAt, lessons, quizzes);
	}

	private static Instant latestActivity(Instant enrolledAt, List<LessonProgress> lessons,
			List<QuizProgress> quizzes) {
		Stream<Instant> completions = lessons.stream().map(LessonProgress::completedAt);
		Stream<Instant> attempts = quizzes.stream()
			.flatMap((quiz) -> quiz.attempts().stream())
			.map(QuizAttempt::gradedAt);
		return Stream.concat(Stream.of(enrolledAt), Stream.concat(completions, attempts))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * Enrols a learner in a published course version.
	 * @param id the new enrolment's id
	 * @param learner the learner
	 * @param course the version to follow
	 * @param now the time of enrolment
	 * @return the enrolment and the {@link LearnerEnrolled} event
	 */
	public static Change enrol(String id, Learner learner, CourseVersion course, Instant now) {
		return enrol(id, learner, course, null, now);
	}

	/**
	 * Enrols a learner in a published course version, as a member of a cohort or on their
	 * own.
	 * @param id the new enrolment's id
	 * @param learner the learner
	 * @param course the version to follow
	 * @param cohortId the cohort they joined, {@code null} for a self-paced enrolment
	 * @param now the time of enrolment
	 * @return the enrolment and the {@link LearnerEnrolled} event
	 */
	public static Change enrol(String id, Learner learner, CourseVersion course, String cohortId, Instant now) {
		List<LessonProgress> lessons = course.lessons()
			.stream()
			.map((lesson) -> new LessonProgress(lesson.id(), lesson.title(), lesson.moduleId(), null))
			.toList();
		List<ModuleOutline> modules = outline(course);
		List<QuizProgress> quizzes = course.quizzes()
			.stream()
			.map((quiz) -> QuizProgress.notAttempted(quiz.id(), moduleOf(modules, quiz.id()), quiz.passMark(),
					quiz.attemptLimit()))
			.toList();
		String language = Languages.choose(Collections.singletonList(learner.locale()), course.languages(),
				course.language());
		Enrolment enrolment = new Enrolment(id, learner.id(), learner.name(), learner.municipality(), learner.country(),
				cohortId, course.courseId(), course.version(), course.title(), course.titles(), language, lessons,
				modules, quizzes, rules(course, lessons, quizzes), course.estimatedHours(),
				course.certificateApproval(), Status.IN_PROGRESS, now, null, null, now, null, null, 0);
		return new Change(enrolment,
				List.of(new LearnerEnrolled(id, learner.id(), course.courseId(), course.version(), now, cohortId)));
	}

	/**
	 * The version's rules, keeping only what the version has: a rule naming a lesson or
	 * quiz that does not exist could never be met. Rules that require nothing would
	 * complete a course nobody started, so they fall back to every lesson, as the
	 * contract does for versions published without rules.
	 */
	private static CompletionRules rules(CourseVersion course, List<LessonProgress> lessons,
			List<QuizProgress> quizzes) {
		Set<String> lessonIds = new LinkedHashSet<>();
		lessons.forEach((lesson) -> lessonIds.add(lesson.lessonId()));
		Set<String> quizIds = new LinkedHashSet<>();
		quizzes.forEach((quiz) -> quizIds.add(quiz.quizId()));
		List<String> requiredLessons = course.completionRules()
			.requiredLessonIds()
			.stream()
			.filter(lessonIds::contains)
			.distinct()
			.toList();
		List<String> requiredQuizzes = course.completionRules()
			.requiredQuizIds()
			.stream()
			.filter(quizIds::contains)
			.distinct()
			.toList();
		if (requiredLessons.isEmpty() && requiredQuizzes.isEmpty()) {
			return new CompletionRules(List.copyOf(lessonIds), List.of());
		}
		return new CompletionRules(requiredLessons, requiredQuizzes);
	}

	private static String moduleOf(List<ModuleOutline> modules, String quizId) {
		return modules.stream()
			.filter((module) -> module.quizIds().contains(quizId))
			.map(ModuleOutline::moduleId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Checks that this enrolment may move to a version, before the version is looked up.
	 * @param version the version to move to
	 * @throws EnrolmentCompletedException if the course is completed
	 * @throws EnrolmentWithdrawnException if the learner withdrew
	 * @throws VersionNotNewerException unless the version is newer than the one followed
	 */
	public void ensureMovableTo(int version) {
		if (this.status == Status.COMPLETED) {
			throw new EnrolmentCompletedException(this.id, "moved to another version");
		}
		ensureNotWithdrawn();
		if (version <= this.courseVersion) {
			throw new VersionNotNewerException(this.id, this.courseVersion, version);
		}
	}

	/**
	 * Moves to a newer published version of the course. Completions of lessons and
	 * attempts at quizzes the new version still has are kept, the rest dropped; the new
	 * version's lessons, modules, quizzes, completion rules, estimated hours and
	 * certificate approval apply from now on. If what is kept meets the new rules, the
	 * course is completed and {@link CourseCompleted} announced; otherwise the move
	 * announces nothing.
	 * @param course the version to move to
	 * @param now the time of the move
	 * @return the moved enrolment and the events
	 * @throws EnrolmentCompletedException if the course is completed
	 * @throws EnrolmentWithdrawnException if the learner withdrew
	 * @throws VersionNotNewerException unless the version is newer than the one followed
	 */
	public Change moveTo(CourseVersion course, Instant now) {
		if (!course.courseId().equals(this.courseId)) {
			throw new IllegalArgumentException("Enrolment " + this.id + " cannot move to course " + course.courseId());
		}
		ensureMovableTo(course.version());
		Map<String, Instant> completions = new HashMap<>();
		this.lessons.stream()
			.filter(LessonProgress::completed)
			.forEach((lesson) -> completions.put(lesson.lessonId(), lesson.completedAt()));
		Map<String, QuizProgress> attempted = new HashMap<>();
		this.quizzes.forEach((quiz) -> attempted.put(quiz.quizId(), quiz));
		List<LessonProgress> lessons = course.lessons()
			.stream()
			.map((lesson) -> new LessonProgress(lesson.id(), lesson.title(), lesson.moduleId(),
					completions.get(lesson.id())))
			.toList();
		List<ModuleOutline> modules = outline(course);
		List<QuizProgress> quizzes = course.quizzes()
			.stream()
			.map((quiz) -> attempted
				.getOrDefault(quiz.id(), QuizProgress.notAttempted(quiz.id(), null, quiz.passMark(), null))
				.under(moduleOf(modules, quiz.id()), quiz.passMark(), quiz.attemptLimit()))
			.toList();
		String language = Languages.choose(Collections.singletonList(this.language), course.languages(),
				course.language());
		Enrolment moved = new Enrolment(this.id, this.learnerId, this.learnerName, this.municipality, this.country,
				this.cohortId, this.courseId, course.version(), course.title(), course.titles(), language, lessons,
				modules, quizzes, rules(course, lessons, quizzes), course.estimatedHours(),
				course.certificateApproval(), this.status, this.enrolledAt, this.completedAt, this.attendance,
				this.lastActivityAt, this.certificate, this.withdrawnAt, this.revision);
		return moved.completeIfDone(new ArrayList<>(), now);
	}

	private static List<ModuleOutline> outline(CourseVersion course) {
		return course.modules()
			.stream()
			.map((module) -> new ModuleOutline(module.id(), module.lessonIds(), module.quizIds()))
			.toList();
	}

	/**
	 * The learner leaves the course, and {@link EnrolmentWithdrawn} announces it.
	 * Withdrawing again changes nothing and announces nothing; the progress so far is
	 * kept, for when the learner enrols again.
	 * @param now the time of withdrawal
	 * @return the withdrawn enrolment and the event, none for a repeat
	 * @throws EnrolmentCompletedException if the course is completed
	 */
	public Change withdraw(Instant now) {
		if (this.status == Status.WITHDRAWN) {
			return new Change(this, List.of());
		}
		if (this.status == Status.COMPLETED) {
			throw new EnrolmentCompletedException(this.id, "withdrawn");
		}
		Enrolment withdrawn = copy(this.cohortId, this.lessons, this.quizzes, Status.WITHDRAWN, this.completedAt,
				this.lastActivityAt, now, this.revision);
		return new Change(withdrawn,
				List.of(new EnrolmentWithdrawn(this.id, this.learnerId, this.courseId, this.courseVersion, now)));
	}

	/**
	 * The learner enrols again after withdrawing: the same enrolment is in progress once
	 * more, with the progress it had. Announces nothing.
	 * @return the re-activated enrolment, or this one if it was not withdrawn
	 */
	public Enrolment reactivate() {
		if (this.status != Status.WITHDRAWN) {
			return this;
		}
		return copy(this.cohortId, this.lessons, this.quizzes, Status.IN_PROGRESS, this.completedAt,
				this.lastActivityAt, null, this.revision);
	}

	public boolean isWithdrawn() {
		return this.status == Status.WITHDRAWN;
	}

	private void ensureNotWithdrawn() {
		if (isWithdrawn()) {
			throw new EnrolmentWithdrawnException(this.id);
		}
	}

	public boolean isCertified() {
		return this.certificate != null;
	}

	public boolean isOwnedBy(String learnerId) {
		return this.learnerId.equals(learnerId);
	}

	public boolean isIn(Scope scope) {
		return scope.includes(this.municipality, this.country, this.cohortId);
	}

	/**
	 * Makes this enrolment part of a cohort. A learner follows a course in at most one
	 * cohort, so joining another is refused. Joining announces nothing: the learner was
	 * enrolled before, and their progress carries on as it was.
	 * @param cohortId the cohort
	 * @return the enrolment in the cohort; this one if it was in it already
	 * @throws AlreadyInAnotherCohortException if it follows the course in another cohort
	 */
	public Enrolment joinCohort(String cohortId) {
		Objects.requireNonNull(cohortId, "cohortId");
		if (isInCohort(cohortId)) {
			return this;
		}
		if (this.cohortId != null) {
			throw new AlreadyInAnotherCohortException(this.courseId, this.id, this.cohortId);
		}
		return copy(cohortId, this.lessons, this.quizzes, this.status, this.completedAt, this.lastActivityAt,
				this.revision);
	}

	public boolean isInCohort(String cohortId) {
		return this.cohortId != null && this.cohortId.equals(cohortId);
	}

	/**
	 * Completes a lesson. The first completion is recorded and announced with
	 * {@link LessonCompleted}; if it meets the last open requirement, the course is
	 * completed and {@link CourseCompleted} announced in the same change. Completing a
	 * lesson again changes nothing and announces nothing.
	 * @param lessonId the lesson
	 * @param now the time of completion
	 * @return the enrolment afterwards and the events, none for a repeat
	 * @throws LessonNotFoundException if the enrolled version has no such lesson
	 * @throws EnrolmentWithdrawnException if the learner withdrew
	 */
	public Change completeLesson(String lessonId, Instant now) {
		ensureNotWithdrawn();
		int index = indexOf(lessonId);
		if (this.lessons.get(index).completed()) {
			return new Change(this, List.of());
		}
		List<LessonProgress> completed = new ArrayList<>(this.lessons);
		completed.set(index, this.lessons.get(index).complete(now));
		List<Event> events = new ArrayList<>();
		events.add(new LessonCompleted(this.id, this.learnerId, this.courseId, this.courseVersion, lessonId, now));
		return with(completed, this.quizzes, now).completeIfDone(events, now);
	}

	/**
	 * The quiz of the enrolled version, if the learner may attempt it once more.
	 * @param quizId the quiz
	 * @return its progress so far
	 * @throws QuizNotFoundException if the enrolled version has no such quiz
	 * @throws AttemptLimitReachedException if every allowed attempt has been used
	 */
	public QuizProgress quizOpenForAnAttempt(String quizId) {
		ensureNotWithdrawn();
		QuizProgress quiz = quiz(quizId);
		quiz.ensureAnAttemptIsLeft();
		return quiz;
	}

	/**
	 * Records a graded attempt and announces it with {@link QuizGraded}. If it passes the
	 * last open requirement, the course is completed and {@link CourseCompleted}
	 * announced in the same change. An attempt after the course is completed, or after
	 * the quiz was passed, is recorded as well: the best score counts.
	 * @param grade the attempt, graded against the enrolled version's key
	 * @param now the time of grading
	 * @return the enrolment afterwards and the events
	 * @throws QuizNotFoundException if the enrolled version has no such quiz
	 * @throws AttemptLimitReachedException if every allowed attempt has been used
	 */
	public Change recordAttempt(Grade grade, Instant now) {
		ensureNotWithdrawn();
		QuizProgress attempted = quiz(grade.quizId()).attempt(grade, now);
		List<QuizProgress> quizzes = new ArrayList<>(this.quizzes);
		quizzes.replaceAll((quiz) -> quiz.quizId().equals(attempted.quizId()) ? attempted : quiz);
		QuizAttempt attempt = attempted.lastAttempt();
		List<Event> events = new ArrayList<>();
		events.add(new QuizGraded(this.id, this.learnerId, this.courseId, this.courseVersion, attempted.quizId(),
				attempt.attemptNumber(), attempt.score(), attempt.passed(), now));
		return with(this.lessons, quizzes, now).completeIfDone(events, now);
	}

	/**
	 * Grants attempts at a quiz beyond its limit (see {@link QuizProgress#grant}).
	 * @param quizId the quiz
	 * @param count how many more attempts
	 * @return the enrolment afterwards; no event, as no learning happened
	 * @throws QuizNotFoundException if the enrolled version has no such quiz
	 * @throws InvalidGrantException if no attempts can be granted
	 */
	public Change grantAttempts(String quizId, int count) {
		ensureNotWithdrawn();
		QuizProgress granted = quiz(quizId).grant(count);
		List<QuizProgress> quizzes = new ArrayList<>(this.quizzes);
		quizzes.replaceAll((quiz) -> quiz.quizId().equals(quizId) ? granted : quiz);
		return new Change(copy(this.cohortId, this.lessons, quizzes, this.status, this.completedAt, this.lastActivityAt,
				this.revision), List.of());
	}

	public QuizProgress quiz(String quizId) {
		return this.quizzes.stream()
			.filter((quiz) -> quiz.quizId().equals(quizId))
			.findFirst()
			.orElseThrow(() -> new QuizNotFoundException(this.courseId, this.courseVersion, quizId));
	}

	/**
	 * Whether every requirement of the completion rules is met: every required lesson
	 * completed and every required quiz passed.
	 * @return {@code true} if so
	 */
	public boolean requirementsMet() {
		return completedRequiredItems() == requiredItems();
	}

	/**
	 * Completes the course with this change if its requirements are met and it was not
	 * completed before: that status check is what makes {@link CourseCompleted} happen
	 * once per enrolment.
	 */
	private Change completeIfDone(List<Event> events, Instant now) {
		if (this.status == Status.COMPLETED || !requirementsMet()) {
			return new Change(this, events);
		}
		events.add(completed(now, this.certificateApproval, null));
		Enrolment completed = copy(this.cohortId, this.lessons, this.quizzes, Status.COMPLETED, now,
				this.lastActivityAt, this.revision);
		return new Change(completed, events);
	}

	/**
	 * Completes the course on a coordinator's word that the learner attended its live
	 * sessions, whatever the completion rules say, and announces it with
	 * {@link CourseCompleted} carrying the record. The coordinator's act is the approval,
	 * so the certificate does not wait for another, whatever the version asks. A
	 * completed enrolment, however it was completed, stays as it is and announces
	 * nothing.
	 * @param attendance who recorded it and why
	 * @param now the time of recording, which becomes the completion time
	 * @return the completed enrolment and the event, none for an enrolment completed
	 * before
	 * @throws EnrolmentWithdrawnException if the learner withdrew
	 */
	public Change completeByAttendance(AttendanceRecord attendance, Instant now) {
		Objects.requireNonNull(attendance, "attendance");
		if (this.status == Status.COMPLETED) {
			return new Change(this, List.of());
		}
		ensureNotWithdrawn();
		Enrolment completed = copy(this.cohortId, this.lessons, this.quizzes, Status.COMPLETED, now, attendance,
				this.lastActivityAt, this.withdrawnAt, this.revision);
		return new Change(completed, List.of(completed(now, false, attendance)));
	}

	/**
	 * The announcement of this enrolment's completion, with what the certificate service
	 * prints and decides on: the learner, the version's titles and hours, the cohort,
	 * whether to wait for approval, and the attendance record if there is one.
	 */
	private CourseCompleted completed(Instant now, boolean approvalRequired, AttendanceRecord attendance) {
		return new CourseCompleted(this.id, this.learnerId, this.learnerName, this.courseId, this.courseVersion,
				this.courseTitle, now, this.municipality, this.courseTitles, this.language, scoreSummary(),
				this.cohortId, this.estimatedHours, approvalRequired, (attendance != null)
						? new CourseCompleted.Attendance(attendance.recordedBy(), attendance.reason()) : null,
				this.country);
	}

	private CourseCompleted.ScoreSummary scoreSummary() {
		int passed = (int) this.quizzes.stream().filter(QuizProgress::passed).count();
		List<Integer> required = this.quizzes.stream()
			.filter((quiz) -> this.completionRules.requiresQuiz(quiz.quizId()))
			.map((quiz) -> (quiz.bestScore() != null) ? quiz.bestScore() : 0)
			.toList();
		Integer average = required.isEmpty() ? null
				: required.stream().mapToInt(Integer::intValue).sum() / required.size();
		return new CourseCompleted.ScoreSummary(passed, average);
	}

	public int completedLessons() {
		return (int) this.lessons.stream().filter(LessonProgress::completed).count();
	}

	public int totalLessons() {
		return this.lessons.size();
	}

	/**
	 * How many items the completion rules require: lessons and quizzes.
	 * @return the number of required items
	 */
	public int requiredItems() {
		return this.completionRules.requiredLessonIds().size() + this.completionRules.requiredQuizIds().size();
	}

	/**
	 * How many required items are done: required lessons completed, required quizzes
	 * passed.
	 * @return the number done
	 */
	public int completedRequiredItems() {
		return (int) (this.lessons.stream()
			.filter((lesson) -> lesson.completed() && this.completionRules.requiresLesson(lesson.lessonId()))
			.count()
				+ this.quizzes.stream()
					.filter((quiz) -> quiz.passed() && this.completionRules.requiresQuiz(quiz.quizId()))
					.count());
	}

	/**
	 * Progress in whole percent of the required items, rounded down so that 100 means
	 * every requirement is met.
	 * @return 0 to 100
	 */
	public int percentComplete() {
		return percent(completedRequiredItems(), requiredItems());
	}

	/**
	 * Progress through each module, in order. A module counts its required lessons and
	 * quizzes; one with nothing required counts all of its lessons and quizzes.
	 * @return one entry per module; empty for a version without modules
	 */
	public List<ModuleProgress> moduleProgress() {
		return this.modules.stream().map(this::progressOf).toList();
	}

	private ModuleProgress progressOf(ModuleOutline module) {
		List<String> lessonIds = module.lessonIds().stream().filter(this.completionRules::requiresLesson).toList();
		List<String> quizIds = module.quizIds().stream().filter(this.completionRules::requiresQuiz).toList();
		if (lessonIds.isEmpty() && quizIds.isEmpty()) {
			lessonIds = module.lessonIds();
			quizIds = module.quizIds();
		}
		long done = count(this.lessons, LessonProgress::completed, LessonProgress::lessonId, lessonIds)
				+ count(this.quizzes, QuizProgress::passed, QuizProgress::quizId, quizIds);
		return ModuleProgress.of(module.moduleId(), lessonIds.size() + quizIds.size(), (int) done);
	}

	private static <T> long count(List<T> items, Predicate<T> done, Function<T, String> id, List<String> among) {
		return items.stream().filter((item) -> done.test(item) && among.contains(id.apply(item))).count();
	}

	/**
	 * Where to carry on reading.
	 * @return the first lesson in reading order that is not completed, or {@code null} if
	 * every lesson is
	 */
	public LessonProgress nextLesson() {
		return this.lessons.stream().filter((lesson) -> !lesson.completed()).findFirst().orElse(null);
	}

	/**
	 * This enrolment as stored at a new revision.
	 * @param revision the revision
	 * @return the same state at that revision
	 */
	public Enrolment withRevision(long revision) {
		return copy(this.cohortId, this.lessons, this.quizzes, this.status, this.completedAt, this.lastActivityAt,
				revision);
	}

	private Enrolment with(List<LessonProgress> lessons, List<QuizProgress> quizzes, Instant activity) {
		Instant last = (this.lastActivityAt == null || activity.isAfter(this.lastActivityAt)) ? activity
				: this.lastActivityAt;
		return copy(this.cohortId, lessons, quizzes, this.status, this.completedAt, last, this.revision);
	}

	private Enrolment copy(String cohortId, List<LessonProgress> lessons, List<QuizProgress> quizzes, Status status,
			Instant completedAt, Instant lastActivityAt, long revision) {
		return copy(cohortId, lessons, quizzes, status, completedAt, this.attendance, lastActivityAt, this.withdrawnAt,
				revision);
	}

	private Enrolment copy(String cohortId, List<LessonProgress> lessons, List<QuizProgress> quizzes, Status status,
			Instant completedAt, Instant lastActivityAt, Instant withdrawnAt, long revision) {
		return copy(cohortId, lessons, quizzes, status, completedAt, this.attendance, lastActivityAt, withdrawnAt,
				revision);
	}

	private Enrolment copy(String cohortId, List<LessonProgress> lessons, List<QuizProgress> quizzes, Status status,
			Instant completedAt, AttendanceRecord attendance, Instant lastActivityAt, Instant withdrawnAt,
			long revision) {
		return new Enrolment(this.id, this.learnerId, this.learnerName, this.municipality, this.country, cohortId,
				this.courseId, this.courseVersion, this.courseTitle, this.courseTitles, this.language, lessons,
				this.modules, quizzes, this.completionRules, this.estimatedHours, this.certificateApproval, status,
				this.enrolledAt, completedAt, attendance, lastActivityAt, this.certificate, withdrawnAt, revision);
	}

	static int percent(long done, long of) {
		return (of != 0) ? (int) (done * 100 / of) : 0;
	}

	private int indexOf(String lessonId) {
		for (int i = 0; i < this.lessons.size(); i++) {
			if (this.lessons.get(i).lessonId().equals(lessonId)) {
				return i;
			}
		}
		throw new LessonNotFoundException(this.courseId, this.courseVersion, lessonId);
	}

	/**
	 * Where an enrolment stands.
	 */
	public enum Status {

		/** Some requirements are still open. */
		IN_PROGRESS,

		/**
		 * Every requirement was met, or a coordinator recorded that the learner attended.
		 */
		COMPLETED,

		/** The learner left the course before completing it. */
		WITHDRAWN

	}

	/**
	 * An enrolment after a command, and the events the command caused.
	 *
	 * @param enrolment the enrolment afterwards
	 * @param events what happened; empty when nothing changed
	 */
	public record Change(Enrolment enrolment, List<Event> events) {

		public Change {
			events = List.copyOf(events);
		}

		public boolean changed() {
			return !this.events.isEmpty();
		}

	}

}
