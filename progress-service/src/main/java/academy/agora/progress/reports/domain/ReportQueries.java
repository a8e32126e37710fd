package academy.agora.progress.reports.domain;

import java.time.Instant;
import java.time.LocalDate;

import academy.agora.support.access.Scope;
import reactor.core.publisher.Flux;

/**
 * The counting a report needs, done where the enrolments are: each answer is a handful of
 * rows, however many enrolments there are. Every query counts only enrolments in the
 * scope it is given, which must not be empty.
 */
public interface ReportQueries {

	/**
	 * Enrolments in groups.
	 * @param scope the enrolments to count
	 * @param grouping what to group by
	 * @param activeSince activity at or after this counts as active
	 * @return a row per group; labelled with the course title when grouped by course,
	 * unlabelled otherwise
	 */
	Flux<EnrolmentRow> enrolments(Scope scope, Grouping grouping, Instant activeSince);

	/**
	 * How many enrolments in one course version started and completed each module.
	 * Modules nobody enrolled in the version has are left out.
	 * @param scope the enrolments to count
	 * @param courseId the course
	 * @param version the version
	 * @return a count per module, in no particular order
	 */
	Flux<ModuleCount> funnel(Scope scope, String courseId, int version);

	/**
	 * Completions per day, in UTC.
	 * @param scope the enrolments to count
	 * @param courseId only this course, or every course if {@code null}
	 * @param from completions at or after this
	 * @param until completions before this
	 * @return a count per day with completions, in no particular order
	 */
	Flux<DayCount> completionsPerDay(Scope scope, String courseId, Instant from, Instant until);

	/**
	 * What the store groups enrolments by.
	 */
	enum Grouping {

		/** The course id. */
		COURSE,

		/** The learner's municipality. */
		MUNICIPALITY,

		/** The cohort id. */
		COHORT

	}

	/**
	 * One module's counts.
	 *
	 * @param moduleId the module
	 * @param started see {@link ModuleRow#started()}
	 * @param completed see {@link ModuleRow#completed()}
	 */
	record ModuleCount(String moduleId, long started, long completed) {
	}

	/**
	 * One day's completions.
	 *
	 * @param day the day, in UTC
	 * @param completions how many
	 */
	record DayCount(LocalDate day, long completions) {
	}

}
