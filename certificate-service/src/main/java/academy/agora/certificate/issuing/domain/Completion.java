package academy.agora.certificate.issuing.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A completed enrolment as the certificate needs it: what the progress service announced,
 * at the moment of completion.
 *
 * @param enrolmentId the enrolment
 * @param learnerId the learner's subject
 * @param learnerName the name to print
 * @param municipality the learner's municipality, for coordinators' scope; may be
 * {@code null}
 * @param country the learner's ISO 3166-1 alpha-2 country code; may be {@code null}
 * @param cohortId the cohort the learner took the course in; may be {@code null}
 * @param courseId the course
 * @param courseVersion the version completed
 * @param courseTitle the title in the course's default language
 * @param courseTitles the title by language tag
 * @param language the language the learner studied in, the certificate's language;
 * {@code null} means the course's default
 * @param estimatedHours the study time to print; may be {@code null}
 * @param completedAt when the course was completed
 * @param approvalRequired whether a coordinator must approve before the certificate is
 * issued
 * @param attendance set if a coordinator recorded the completion for attendance
 */
public record Completion(String enrolmentId, String learnerId, String learnerName, String municipality, String country,
		String cohortId, String courseId, int courseVersion, String courseTitle, Map<String, String> courseTitles,
		String language, Integer estimatedHours, Instant completedAt, boolean approvalRequired, Attendance attendance) {

	public Completion {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(learnerName, "learnerName");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(courseTitle, "courseTitle");
		Objects.requireNonNull(completedAt, "completedAt");
		courseTitles = (courseTitles != null) ? Map.copyOf(courseTitles) : Map.of();
	}

	/**
	 * The title in the learner's language, else in the course's default language.
	 * @return the title to print
	 */
	public String titleInLanguage() {
		return (this.language != null) ? this.courseTitles.getOrDefault(this.language, this.courseTitle)
				: this.courseTitle;
	}

}
