package academy.agora.events;

/**
 * Kafka topic names. Each topic carries several event types, told apart by the
 * {@code ce_type} header.
 */
public final class Topics {

	/** Course lifecycle; key: course id. */
	public static final String COURSE_EVENTS = "course.events";

	/**
	 * Enrolments, learner progress and cohorts; key: learner id, except for cohort plans,
	 * which are keyed by cohort id.
	 */
	public static final String LEARNING_EVENTS = "learning.events";

	/** Certificates; key: learner id. */
	public static final String CERTIFICATE_EVENTS = "certificate.events";

	/**
	 * Suffix of the dead-letter topic that receives what a consumer could not process.
	 */
	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	private Topics() {
	}

	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
