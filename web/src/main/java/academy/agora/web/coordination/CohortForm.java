package academy.agora.web.coordination;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import academy.agora.web.relay.CoordinationApi.CohortPlan;

/**
 * The "plan a cohort" form as sent, kept as typed so that it can be shown again with what
 * needs fixing.
 *
 * @param courseId the course picked
 * @param name the cohort's name
 * @param startsOn the first day, {@code yyyy-MM-dd} as date fields send it
 * @param endsOn the last day
 * @param municipality blank for the coordinator's own
 */
public record CohortForm(String courseId, String name, String startsOn, String endsOn, String municipality) {

	static CohortForm blank(LocalDate today) {
		return new CohortForm("", "", today.toString(), today.plusWeeks(6).toString(), "");
	}

	/**
	 * What is wrong with the form before any service sees it.
	 * @return the message key of each field at fault, in the form's order
	 */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(this.courseId)) {
			problems.put("courseId", "coordination.cohort.error.course");
		}
		if (blank(this.name)) {
			problems.put("name", "coordination.cohort.error.name");
		}
		else if (this.name.strip().length() > 200) {
			problems.put("name", "coordination.cohort.error.nameLength");
		}
		LocalDate starts = date(this.startsOn);
		LocalDate ends = date(this.endsOn);
		if (starts == null) {
			problems.put("startsOn", "coordination.cohort.error.date");
		}
		if (ends == null) {
			problems.put("endsOn", "coordination.cohort.error.date");
		}
		else if (starts != null && ends.isBefore(starts)) {
			problems.put("endsOn", "coordination.cohort.error.endsOn");
		}
		if (!blank(this.municipality) && this.municipality.strip().length() > 200) {
			problems.put("municipality", "coordination.cohort.error.municipalityLength");
		}
		return problems;
	}

	/**
	 * The plan to send; only for a form without {@link #problems()}.
	 * @return the plan
	 */
	CohortPlan plan() {
		return new CohortPlan(this.courseId.strip(), this.name.strip(), date(this.startsOn), date(this.endsOn),
				blank(this.municipality) ? null : this.municipality.strip());
	}

	private static LocalDate date(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
