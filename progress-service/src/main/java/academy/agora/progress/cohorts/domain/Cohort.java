package academy.agora.progress.cohorts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import academy.agora.events.progress.CohortPlanned;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.support.access.Places;
import academy.agora.support.access.Reach;
import academy.agora.support.access.Role;
import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;

/**
 * A group of learners following one published course between two dates, run by the
 * coordinator who planned it. Dates are calendar days, with no time of day or zone: a
 * cohort ending on 31 March takes members through the 31st.
 *
 * @param id the cohort
 * @param name what it is called
 * @param courseId the course its members follow
 * @param courseTitle the course's title in its default language when the cohort was
 * planned
 * @param municipality the municipality it is for, or {@code null}
 * @param country the ISO 3166-1 alpha-2 code of the planner's country, or {@code null} if
 * their token named none
 * @param startsOn the first day
 * @param endsOn the last day
 * @param joinCode what learners type to join, see {@link JoinCode}
 * @param createdBy the subject of the coordinator or admin who planned it
 * @param createdAt when it was planned
 */
public record Cohort(String id, String name, String courseId, String courseTitle, String municipality, String country,
		LocalDate startsOn, LocalDate endsOn, String joinCode, String createdBy, Instant createdAt) {

	/** Long enough for any real name, short enough for a spreadsheet cell. */
	public static final int MAX_NAME_LENGTH = 200;

	public Cohort {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		Objects.requireNonNull(joinCode, "joinCode");
		Objects.requireNonNull(createdBy, "createdBy");
	}

	/**
	 * Checks a plan before anything is looked up.
	 * @param plan the plan
	 * @param planner who plans it
	 * @param today the current date
	 * @return the municipality the cohort is for: the one asked for, if any, for an admin
	 * or a coordinator whose reach is a country or everything; else the coordinator's
	 * own, which is all they may plan for
	 * @throws InvalidCohortException if the name is blank or too long, or the dates are
	 * in the wrong order or over
	 * @throws MunicipalityOutOfScopeException if a coordinator asks for another
	 * municipality than their own
	 */
	public static String check(CohortPlan plan, Viewer planner, LocalDate today) {
		if (plan.name() == null || plan.name().isBlank()) {
			throw new InvalidCohortException("name", "must not be blank");
		}
		if (plan.name().strip().length() > MAX_NAME_LENGTH) {
			throw new InvalidCohortException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
		}
		if (plan.endsOn().isBefore(plan.startsOn())) {
			throw new InvalidCohortException("endsOn", "must not be before startsOn (" + plan.startsOn() + ")");
		}
		if (plan.endsOn().isBefore(today)) {
			throw new InvalidCohortException("endsOn", "must not be in the past (today is " + today + ")");
		}
		String requested = Places.municipality(plan.municipality());
		if (planner.seesEverything()) {
			return requested;
		}
		if (planner.reach() == Reach.COUNTRY && planner.country() != null) {
			return (requested != null) ? requested : planner.municipality();
		}
		if (requested != null && !Places.sameMunicipality(requested, planner.municipality())) {
			throw new MunicipalityOutOfScopeException(requested, planner.municipality());
		}
		return planner.municipality();
	}

	/**
	 * Plans a cohort.
	 * @param id the new cohort's id
	 * @param joinCode its join code
	 * @param plan the plan
	 * @param planner who plans it
	 * @param course the latest published version of the course
	 * @param now the current time
	 * @param today the current date
	 * @return the cohort
	 * @throws InvalidCohortException see {@link #check}
	 * @throws MunicipalityOutOfScopeException see {@link #check}
	 */
	public static Cohort plan(String id, String joinCode, CohortPlan plan, Viewer planner, CourseVersion course,
			Instant now, LocalDate today) {
		String municipality = check(plan, planner, today);
		return new Cohort(id, plan.name().strip(), course.courseId(), course.title(), municipality, planner.country(),
				plan.startsOn(), plan.endsOn(), joinCode, planner.id(), now);
	}

	/**
	 * The announcement of this cohort's plan, which tells other services who runs it.
	 * @return the event
	 */
	public CohortPlanned planned() {
		return new CohortPlanned(this.id, this.courseId, this.name, this.municipality, this.startsOn, this.endsOn,
				this.createdBy, this.createdAt, this.country);
	}

	/**
	 * Whether someone may see this cohort and its members: an admin any cohort; a
	 * coordinator those they planned and those for a place within their reach.
	 * @param viewer who is looking
	 * @return {@code true} if they may
	 */
	public boolean isVisibleTo(Viewer viewer) {
		return viewer.seesEverything() || (viewer.is(Role.COORDINATOR) && (this.createdBy.equals(viewer.id())
				|| Scope.of(viewer, Set.of()).includes(this.municipality, this.country, null)));
	}

	/**
	 * Whether the cohort takes new members: until its last day has passed. It may be
	 * joined before it starts.
	 * @param today the current date
	 * @return {@code true} while open
	 */
	public boolean isOpen(LocalDate today) {
		return !today.isAfter(this.endsOn);
	}

	void ensureOpen(LocalDate today) {
		if (!isOpen(today)) {
			throw new CohortClosedException(this.name, this.endsOn);
		}
	}

}
