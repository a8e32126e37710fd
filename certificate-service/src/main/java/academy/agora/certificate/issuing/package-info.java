/**
 * Certificates of completion. Each {@code CourseCompleted} yields exactly one certificate
 * for its enrolment, announced with {@code CertificateIssued}; a learner sees their own
 * certificates with the code anyone can verify them by.
 */
package academy.agora.certificate.issuing;
