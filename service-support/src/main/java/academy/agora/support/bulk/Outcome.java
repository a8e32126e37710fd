package academy.agora.support.bulk;

import java.util.Objects;

/**
 * What became of one item of a bulk job. A {@link BulkWork} answers {@link #done()} when
 * it changed the item, {@link #skipped()} when the item needed no change (it was done
 * before, by this job before a restart or by someone else), and {@link #failed(String)}
 * when the item was refused for a reason the job's creator should see. An unexpected
 * error is not an outcome: {@link BulkJobs} retries it and then records the item as
 * failed with the problem {@value #UNEXPECTED_ERROR}.
 *
 * @param result what happened
 * @param problem why the item failed, as a stable slug such as
 * {@code enrolment-withdrawn}; {@code null} unless it failed
 */
public record Outcome(Result result, String problem) {

	/** The problem recorded for an item whose work kept failing unexpectedly. */
	public static final String UNEXPECTED_ERROR = "unexpected-error";

	private static final Outcome DONE = new Outcome(Result.DONE, null);

	private static final Outcome SKIPPED = new Outcome(Result.SKIPPED, null);

	public Outcome {
		Objects.requireNonNull(result, "result");
		if ((result == Result.FAILED) != (problem != null)) {
			throw new IllegalArgumentException("A failed outcome, and only a failed one, names its problem");
		}
	}

	public static Outcome done() {
		return DONE;
	}

	public static Outcome skipped() {
		return SKIPPED;
	}

	/**
	 * An item the work refused.
	 * @param problem why, as a stable slug the client can branch on, such as the tail of
	 * the problem type the same refusal gets over HTTP
	 * @return the outcome
	 */
	public static Outcome failed(String problem) {
		return new Outcome(Result.FAILED, Objects.requireNonNull(problem, "problem"));
	}

	/**
	 * What happened to an item; each result has its counter on the job.
	 */
	public enum Result {

		/** The work changed the item. */
		DONE,

		/** The item needed no change. */
		SKIPPED,

		/** The work refused the item; the job lists it among its failures. */
		FAILED

	}

}
