package academy.agora.support.access.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The query side of {@link Scope#includes}: the same rules, for documents that keep their
 * learner's place in the fields {@code municipality} and {@code country} and their cohort
 * in {@code cohortId}, as enrolments and certificates do.
 */
public final class ScopeCriteria {

	private ScopeCriteria() {
	}

	/**
	 * The documents in a scope.
	 * @param scope the scope, not {@link Scope#isEmpty() empty} (answer those without
	 * asking the database)
	 * @return the criteria; empty for everything
	 */
	public static Criteria within(Scope scope) {
		if (scope.isEmpty()) {
			throw new IllegalArgumentException("An empty scope matches nothing; answer without asking the database");
		}
		if (scope.everything()) {
			return new Criteria();
		}
		List<Criteria> either = new ArrayList<>();
		if (scope.municipality() != null) {
			either.add(Criteria.where("municipality").regex(sameMunicipality(scope.municipality()), "i"));
		}
		if (scope.country() != null) {
			either.add(Criteria.where("country").is(scope.country()));
		}
		if (!scope.cohortIds().isEmpty()) {
			either.add(Criteria.where("cohortId").in(scope.cohortIds()));
		}
		return (either.size() == 1) ? either.get(0) : new Criteria().orOperator(either);
	}

	/**
	 * The cohorts a coordinator runs: those they planned, and those for a place within
	 * their reach; every cohort if their reach is everything. Cohorts keep their place in
	 * {@code municipality} and {@code country}, as enrolments do.
	 * @param coordinator the coordinator
	 * @param plannerField the field that holds the subject of whoever planned a cohort
	 * @return the criteria
	 */
	public static Criteria cohortsRunBy(Viewer coordinator, String plannerField) {
		Scope reach = Scope.of(coordinator, Set.of());
		if (reach.everything()) {
			return new Criteria();
		}
		Criteria planned = Criteria.where(plannerField).is(coordinator.id());
		return reach.isEmpty() ? planned : new Criteria().orOperator(planned, within(reach));
	}

	/**
	 * A regular expression that, case-insensitive, matches a municipality as
	 * {@link Scope#includes} compares it: whole, ignoring surrounding spaces.
	 * @param municipality the municipality
	 * @return the expression
	 */
	public static String sameMunicipality(String municipality) {
		return "^\\s*" + Pattern.quote(municipality.strip()) + "\\s*$";
	}

}
