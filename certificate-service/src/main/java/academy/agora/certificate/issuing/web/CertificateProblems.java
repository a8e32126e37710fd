package academy.agora.certificate.issuing.web;

import academy.agora.certificate.issuing.domain.CertificateNotFoundException;
import academy.agora.support.web.ProblemDetailsAdvice;
import academy.agora.support.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for the whole service, the public verification included.
 */
@RestControllerAdvice
class CertificateProblems extends ProblemDetailsAdvice {

	@ExceptionHandler
	ProblemDetail notFound(CertificateNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "certificate-not-found", ex.getMessage());
	}

}
