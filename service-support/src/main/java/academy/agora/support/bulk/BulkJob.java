package academy.agora.support.bulk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import academy.agora.support.access.Viewer;

/**
 * A bulk job as its creator follows it: how many items it has and what became of them so
 * far. The counters only grow, each item is counted once, and when the job is
 * {@link Status#DONE done} they add up to {@code total}.
 *
 * @param id the job
 * @param kind the {@link BulkWork#kind() kind of work}
 * @param status whether it is running, done or failed
 * @param parameters what the work needs to know besides each item, as the service that
 * started the job gave it
 * @param total how many items it has
 * @param done how many items the work changed
 * @param skipped how many items needed no change
 * @param failed how many items the work refused
 * @param failures the refused items and why, in the order they were refused
 * @param createdBy the subject of whoever started it
 * @param createdAt when it was started
 * @param finishedAt when it ended, {@code null} while it runs
 */
public record BulkJob(String id, String kind, Status status, Map<String, String> parameters, int total, int done,
		int skipped, int failed, List<Failure> failures, String createdBy, Instant createdAt, Instant finishedAt) {

	public BulkJob {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(status, "status");
		parameters = (parameters != null) ? Map.copyOf(parameters) : Map.of();
		failures = (failures != null) ? List.copyOf(failures) : List.of();
	}

	/**
	 * A parameter the service gave when it started the job.
	 * @param name the parameter
	 * @return its value, or {@code null}
	 */
	public String parameter(String name) {
		return this.parameters.get(name);
	}

	/**
	 * Who started the job, with the rights their token gave them then; see
	 * {@link BulkJobs#start(String, Viewer, Map, reactor.core.publisher.Flux)}.
	 * @return the viewer
	 */
	public Viewer startedBy() {
		return Viewer.fromClaims(this.createdBy, this.parameters);
	}

	/**
	 * How many items have no outcome yet.
	 * @return {@code total} less the items counted
	 */
	public int remaining() {
		return this.total - this.done - this.skipped - this.failed;
	}

	/**
	 * Where a job stands.
	 */
	public enum Status {

		/**
		 * Items are being worked on, or will be again once the service restarts.
		 */
		RUNNING,

		/** Every item has an outcome. */
		DONE,

		/**
		 * The job stopped before every item had an outcome, for a reason that retrying
		 * the items would not cure; the items without one are left as they were. Starting
		 * a new job for them is safe, as the work is idempotent.
		 */
		FAILED

	}

	/**
	 * An item the work refused.
	 *
	 * @param itemId the item
	 * @param problem why, as {@link Outcome#problem()} says
	 */
	public record Failure(String itemId, String problem) {
	}

}
