package academy.agora.events.progress;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import academy.agora.events.Event;
import academy.agora.events.OptionalField;

/**
 * Emitted once per enrolment, when the learner has done everything the completion rules
 * of the course version they follow require (every required lesson completed and every
 * required quiz passed), or when a coordinator records that the learner completed the
 * course by attending its live sessions ({@code attendance} then says who and why). It
 * carries the learner's display name, the course title and the hours of study because the
 * certificate printed from it shows them, and the certificate service keeps no copy of
 * the course catalogue or the user directory.
 *
 * @param enrolmentId the enrolment; at most one certificate is issued per enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param learnerName the name to print on the certificate
 * @param courseId the course
 * @param courseVersion the version the learner completed
 * @param courseTitle the title of that version in its default language
 * @param completedAt when the last requirement was met, or when a coordinator recorded
 * the completion by attendance
 * @param municipality the municipality the learner works for, or {@code null} if the
 * identity provider does not say
 * @param courseTitles the course title by language tag; empty from older producers
 * @param language BCP 47 tag of the language the learner studied in, or {@code null} from
 * older producers
 * @param scoreSummary how the learner did in the version's quizzes; no quizzes and no
 * average from older producers
 * @param cohortId the cohort the learner followed the course in, or {@code null} for a
 * self-paced enrolment and from older producers
 * @param estimatedHours the estimated study time of the completed version, to print on
 * the certificate, or {@code null} if its author gave none and from older producers
 * @param approvalRequired {@code true} if the certificate waits for a coordinator's
 * approval, because the version asks for it and no coordinator recorded this completion;
 * {@code null} (older producers) or {@code false} to issue it automatically
 * @param attendance the coordinator who recorded a completion by attendance, and why;
 * {@code null} for a completion online and from older producers
 * @param country the ISO 3166-1 alpha-2 code of the learner's country, so that
 * coordinators for a whole country can act on the certificate; {@code null} if the
 * identity provider does not say, and from older producers
 */
public record CourseCompleted(String enrolmentId, String learnerId, String learnerName, String courseId,
		int courseVersion, String courseTitle, Instant completedAt, @OptionalField String municipality,
		@OptionalField Map<String, String> courseTitles, @OptionalField String language,
		@OptionalField ScoreSummary scoreSummary, @OptionalField String cohortId, @OptionalField Integer estimatedHours,
		@OptionalField Boolean approvalRequired, @OptionalField Attendance attendance,
		@OptionalField String country) implements Event {

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

	/**
	 * The shape before cohort, hours, approval and attendance were carried: a completion
	 * online whose certificate is issued automatically.
	 * @param enrolmentId the enrolment
	 * @param learnerId the learner
	 * @param learnerName the name to print
	 * @param courseId the course
	 * @param courseVersion the completed version
	 * @param courseTitle its title
	 * @param completedAt when it was completed
	 * @param municipality the learner's municipality
	 * @param courseTitles the title by language tag
	 * @param language the language studied in
	 * @param scoreSummary the quiz results
	 */
	public CourseCompleted(String enrolmentId, String learnerId, String learnerName, String courseId, int courseVersion,
			String courseTitle, Instant completedAt, String municipality, Map<String, String> courseTitles,
			String language, ScoreSummary scoreSummary) {
		this(enrolmentId, learnerId, learnerName, courseId, courseVersion, courseTitle, completedAt, municipality,
				courseTitles, language, scoreSummary, null, null, null, null, null);
	}

	/**
	 * Whether the certificate for this completion waits for a coordinator's approval.
	 * @return {@code true} only if the producer said so
	 */
	public boolean requiresApproval() {
		return Boolean.TRUE.equals(this.approvalRequired);
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

	/**
	 * A completion a coordinator recorded because the learner attended the course's live
	 * sessions, as in a blended cohort. The coordinator's act is the approval: such a
	 * completion never waits for another.
	 *
	 * @param recordedBy the coordinator's (or admin's) subject at the identity provider
	 * @param reason what the coordinator wrote, such as "attended all four workshops", 1
	 * to 500 characters
	 */
	public record Attendance(String recordedBy, String reason) {

		public Attendance {
			Objects.requireNonNull(recordedBy, "recordedBy");
			Objects.requireNonNull(reason, "reason");
		}

	}

}
