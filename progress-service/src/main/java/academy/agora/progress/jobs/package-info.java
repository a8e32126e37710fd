/**
 * Bulk jobs as their creators follow them: progress, counts and failures of work started
 * elsewhere (such as completing a cohort by attendance). The machinery is
 * {@code service-support}'s; this feature only shows a job to whoever may see it.
 */
package academy.agora.progress.jobs;
