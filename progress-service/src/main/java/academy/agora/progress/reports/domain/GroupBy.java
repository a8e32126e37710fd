package academy.agora.progress.reports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the enrolments report groups by.
 */
public enum GroupBy {

	/** The course; labelled with the title of its latest enrolled version. */
	COURSE,

	/** The learner's municipality. */
	MUNICIPALITY,

	/**
	 * The country of the learner's municipality, as far as {@link Countries} knows it.
	 */
	COUNTRY,

	/** The cohort; self-paced enrolments form one group. */
	COHORT;

	/**
	 * The grouping a request names.
	 * @param name such as {@code municipality}; case does not matter
	 * @return the grouping
	 * @throws InvalidReportException if there is no such grouping
	 */
	public static GroupBy parse(String name) {
		for (GroupBy groupBy : values()) {
			if (groupBy.name().equalsIgnoreCase((name != null) ? name.strip() : "")) {
				return groupBy;
			}
		}
		throw new InvalidReportException("groupBy",
				"must be one of " + Arrays.stream(values())
					.map((groupBy) -> groupBy.name().toLowerCase(Locale.ROOT))
					.collect(Collectors.joining(", ")));
	}

}
