/**
 * Bulk jobs: work over many items that runs in the background, reports its progress in
 * one MongoDB document per job, and is resumed after a restart. A service declares a
 * {@link academy.agora.support.bulk.BulkWork} per kind of job and starts jobs with
 * {@link academy.agora.support.bulk.BulkJobs}; see there for the whole contract.
 */
package academy.agora.support.bulk;
