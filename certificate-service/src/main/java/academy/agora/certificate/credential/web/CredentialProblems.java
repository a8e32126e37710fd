package academy.agora.certificate.credential.web;

import academy.agora.certificate.credential.domain.StatusListNotFoundException;
import academy.agora.support.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for this package's own exceptions. Deliberately not a second
 * {@code ProblemDetailsAdvice}: the service has one already, and the catch-all 500
 * handler of whichever ran first would take these exceptions. Ordered first, so these
 * handlers win; everything else still falls through to the service's advice.
 */
@RestControllerAdvice(basePackageClasses = CredentialProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CredentialProblems {

	@ExceptionHandler
	ProblemDetail statusListNotFound(StatusListNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "status-list-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail keyNotFound(IssuerKeyNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "issuer-key-not-found", ex.getMessage());
	}

}
