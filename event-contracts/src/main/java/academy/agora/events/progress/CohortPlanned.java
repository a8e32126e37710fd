package academy.agora.events.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import academy.agora.events.Event;
import academy.agora.events.OptionalField;

/**
 * Emitted when a coordinator or an admin plans a cohort, and again with the new values
 * whenever the cohort's plan changes: the latest event of a cohort is its current plan.
 * Consumers learn from it who runs which cohort: the coordinator who planned it, and the
 * coordinators whose reach includes its {@code municipality} or {@code country}, as in
 * every service's coordinator scope ({@code academy.agora.support.access.Scope}).
 * Learning events name the cohort by id ({@code LearnerEnrolled},
 * {@code CourseCompleted}) and may arrive before the cohort's plan does, since they
 * travel under another key.
 * <p>
 * Its {@link #key() key} is the cohort id, unlike the learner id of the other events on
 * {@code learning.events}: a plan concerns no one learner, and what must keep its order
 * is the sequence of plans of one cohort, so that a consumer applying them in order ends
 * with the latest.
 *
 * @param cohortId the cohort
 * @param courseId the course its members follow
 * @param name what the cohort is called, such as "Ohrid, spring 2026"
 * @param municipality the municipality the cohort is for, or {@code null} if it is for
 * none (a cohort planned by an admin, or by a coordinator whose account names no
 * municipality)
 * @param startsOn the first day, an ISO calendar date without time or zone
 * @param endsOn the last day, an ISO calendar date without time or zone
 * @param coordinatorId the subject, at the identity provider, of the coordinator or admin
 * who planned it
 * @param plannedAt when it was planned, or when its plan last changed
 * @param country the ISO 3166-1 alpha-2 code of the planner's country, for coordinators
 * whose reach is a country; {@code null} if their account names none, and from older
 * producers
 */
public record CohortPlanned(String cohortId, String courseId, String name, @OptionalField String municipality,
		LocalDate startsOn, LocalDate endsOn, String coordinatorId, Instant plannedAt,
		@OptionalField String country) implements Event {

	public CohortPlanned {
		Objects.requireNonNull(cohortId, "cohortId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		Objects.requireNonNull(coordinatorId, "coordinatorId");
		Objects.requireNonNull(plannedAt, "plannedAt");
	}

	/**
	 * The cohort id: see the type's description for why not a learner id.
	 * @return the cohort id
	 */
	@Override
	public String key() {
		return this.cohortId;
	}

}
