/**
 * Bulk work on cohorts, run by {@code service-support}'s bulk jobs: completing many
 * members by attendance at once. The rules stay in the domain; this package only turns a
 * coordinator's request into a job and each member into a single completion.
 */
package academy.agora.progress.cohorts.jobs;
