package academy.agora.support.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Problem details (RFC 9457) with a stable {@code type} URI per kind of problem, so
 * clients can branch on the type rather than on the human-readable detail.
 */
public final class Problems {

	private static final String BASE = "https://agora.academy/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(BASE + type));
		return problem;
	}

}
