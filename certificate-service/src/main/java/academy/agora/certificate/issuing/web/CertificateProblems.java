package academy.agora.certificate.issuing.web;

import academy.agora.certificate.issuing.domain.CertificateNotFoundException;
import academy.agora.certificate.issuing.domain.CertificateStateException;
import academy.agora.certificate.issuing.domain.ConcurrentChangeException;
import academy.agora.support.bulk.TooManyItemsException;
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

	@ExceptionHandler
	ProblemDetail statusConflict(CertificateStateException ex) {
		return Problems.of(HttpStatus.CONFLICT, "certificate-status-conflict", ex.getMessage());
	}

	/** Only after the retries on fresh state were used up: rare, and worth a retry. */
	@ExceptionHandler
	ProblemDetail concurrentChange(ConcurrentChangeException ex) {
		return Problems.of(HttpStatus.CONFLICT, "concurrent-change", ex.getMessage() + "; please try again.");
	}

	@ExceptionHandler
	ProblemDetail notPrintable(CertificateNotPrintableException ex) {
		return Problems.of(HttpStatus.CONFLICT, "certificate-not-printable", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail bulkJobNotFound(BulkJobNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "bulk-job-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooManyItems(TooManyItemsException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "too-many-items", ex.getMessage());
	}

}
