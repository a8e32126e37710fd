package academy.agora.progress.reports.domain;

/**
 * One group of enrolments.
 *
 * @param key what the group is: a course id, a municipality, an ISO 3166 country code or
 * a cohort id; {@code null} for enrolments without one (no municipality, an unknown
 * country, self-paced)
 * @param label what to show for it: a course title, a municipality, a country's name or a
 * cohort's name
 * @param enrolled how many enrolments
 * @param active how many of those had activity in the active window and were not
 * withdrawn from
 * @param completed how many of those are completed
 */
public record EnrolmentRow(String key, String label, long enrolled, long active, long completed) {

	EnrolmentRow withLabel(String label) {
		return new EnrolmentRow(this.key, label, this.enrolled, this.active, this.completed);
	}

}
