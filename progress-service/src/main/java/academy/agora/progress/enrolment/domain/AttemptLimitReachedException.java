package academy.agora.progress.enrolment.domain;

/**
 * Every attempt the quiz allows has been used; a further one is not graded or stored.
 */
public class AttemptLimitReachedException extends RuntimeException {

	private final int attemptLimit;

	public AttemptLimitReachedException(String quizId, int attemptLimit) {
		super("Quiz " + quizId + " allows " + attemptLimit + ((attemptLimit == 1) ? " attempt" : " attempts")
				+ ", and you have used " + ((attemptLimit == 1) ? "it." : "them all."));
		this.attemptLimit = attemptLimit;
	}

	public int attemptLimit() {
		return this.attemptLimit;
	}

}
