/**
 * Reports for coordinators and admins over enrolments: how many learners are enrolled,
 * active and done, grouped by course, municipality, country or cohort; how far learners
 * of one course version get through its modules; how many complete per day, week or
 * month. Each is computed by the database (aggregation pipelines over
 * {@code enrolments}), within the viewer's scope: an admin's covers everyone, a
 * coordinator's the learners of their municipality and the members of the cohorts they
 * run. Each is also a CSV download.
 */
package academy.agora.progress.reports;
