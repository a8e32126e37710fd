package academy.agora.web.coordination;

/**
 * The figures at the top of the dashboard.
 *
 * @param enrolled learners enrolled in the coordinator's scope
 * @param active those active in the last weeks
 * @param completed those who completed
 * @param cohorts the cohorts the coordinator runs
 */
public record DashboardTotals(long enrolled, long active, long completed, long cohorts) {

	/**
	 * The share of enrolments completed.
	 * @return from 0 to 100
	 */
	public int completionRate() {
		return (this.enrolled == 0) ? 0 : (int) Math.round(100.0 * this.completed / this.enrolled);
	}

}
