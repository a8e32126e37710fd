package academy.agora.support.bulk;

import reactor.core.publisher.Mono;

/**
 * One kind of bulk job: what to do with each of its items. Declare it as a bean; it is
 * what {@link BulkJobs} calls for the items of every job of its {@link #kind()}, both
 * when the job is started and when it is resumed after a restart. Because a job may be
 * resumed, {@link #process} must be idempotent: an item it handled before (perhaps just
 * before a crash, without the job recording it) must come out as
 * {@link Outcome#skipped()} or {@link Outcome#done()} again, never as a second effect.
 * Everything the work needs besides the item id must come from the job itself (its
 * {@link BulkJob#createdBy() creator} and {@link BulkJob#parameters() parameters}), since
 * after a restart nothing else of the request that started it is left.
 */
public interface BulkWork {

	/**
	 * The kind of job this work does, stored with each job to find the work again on
	 * resume, such as {@code attendance-completion}. Unique within a service.
	 * @return the kind
	 */
	String kind();

	/**
	 * Does the work for one item.
	 * @param job the job, with its creator and parameters
	 * @param itemId the item
	 * @return the outcome; refusals the creator should see are
	 * {@link Outcome#failed(String) failed outcomes}, not errors. An error signal (or no
	 * outcome) is retried a few times and then recorded as
	 * {@value Outcome#UNEXPECTED_ERROR}.
	 */
	Mono<Outcome> process(BulkJob job, String itemId);

}
