package academy.agora.events.progress;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import academy.agora.events.Event;
import academy.agora.events.OptionalField;

/**
 * Emitted once per enrolment, when the learner has done everything the completion rules
 * of the course version they follow require: every required lesson completed and every
 * required quiz passed. It carries the learner's display name and the course title
 * because the certificate printed from it shows both, and the certificate service keeps
 * no copy of the course catalogue or the user directory.
 *
 * @param enrolmentId the enrolment; at most one certificate is issued per enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param learnerName the name to print on the certificate
 * @param courseId the course
 * @param courseVersion the version the learner completed
 * @param courseTitle the title of that version in its default language
 * @param completedAt when the last requirement was met
 * @param municipality the municipality the learner works for, or {@code null} if the
 * identity provider does not say
 * @param courseTitles the course title by language tag; empty from older producers
 * @param language BCP 47 tag of the language the learner studied in, or {@code null} from
 * older producers
 * @param scoreSummary how the learner did in the version's quizzes; no quizzes and no
 * average from older producers
 */
public record CourseCompleted(String enrolmentId, String learnerId, String learnerName, String courseId,
		int courseVersion, String courseTitle, Instant completedAt, @OptionalField String municipality,
		@OptionalField Map<String, String> courseTitles, @OptionalField String language,
		@OptionalField ScoreSummary scoreSummary) implements Event {

	public CourseCompleted {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(learnerName, "learnerName");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(courseTitle, "courseTitle");
		Objects.requireNonNull(completedAt, "completedAt");
		courseTitles = (courseTitles != null) ? Map.copyOf(courseTitles) : Map.of();
		scoreSummary = (scoreSummary != null) ? scoreSummary : ScoreSummary.NONE;
	}

	/**
	 * The version 1.0 shape, without the fields added since.
	 * @param enrolmentId the enrolment
	 * @param learnerId the learner
	 * @param learnerName the name to print
	 * @param courseId the course
	 * @param courseVersion the completed version
	 * @param courseTitle its title
	 * @param completedAt when it was completed
	 */
	public CourseCompleted(String enrolmentId, String learnerId, String learnerName, String courseId, int courseVersion,
			String courseTitle, Instant completedAt) {
		this(enrolmentId, learnerId, learnerName, courseId, courseVersion, courseTitle, completedAt, null, null, null,
				null);
	}

	@Override
	public String key() {
		return this.learnerId;
	}

	/**
	 * The learner's quiz results at completion.
	 *
	 * @param quizzesPassed how many quizzes of the version the learner passed, required
	 * or not
	 * @param averageScore the average of the learner's best scores in the required
	 * quizzes, in whole percent rounded down, or {@code null} if the version requires no
	 * quiz
	 */
	public record ScoreSummary(int quizzesPassed, @OptionalField Integer averageScore) {

		/** No quiz passed and no average: what an older producer's event implies. */
		public static final ScoreSummary NONE = new ScoreSummary(0, null);

	}

}
