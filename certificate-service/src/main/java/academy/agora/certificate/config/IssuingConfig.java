package academy.agora.certificate.config;

import java.security.SecureRandom;
import java.time.Clock;

import academy.agora.certificate.credential.domain.StatusLists;
import academy.agora.certificate.credential.domain.StatusPurpose;
import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.Certificates;
import academy.agora.certificate.issuing.domain.CoordinatedCohorts;
import academy.agora.certificate.issuing.domain.Erasures;
import academy.agora.certificate.issuing.domain.StatusAllocator;
import academy.agora.certificate.issuing.domain.StatusEntries;
import academy.agora.certificate.issuing.web.VerificationLinks;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Spring-free domain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class IssuingConfig {

	@Bean
	CertificateIssuing certificateIssuing(Certificates certificates, StatusAllocator statusAllocator, Erasures erasures,
			CoordinatedCohorts cohorts, CertificateProperties properties, Clock clock) {
		// Verification codes must be unguessable.
		return new CertificateIssuing(certificates, statusAllocator, erasures, cohorts, properties.issuerName(), clock,
				new SecureRandom());
	}

	/**
	 * Every issue of a credential gets a bit in a revocation list and one in a suspension
	 * list.
	 */
	@Bean
	StatusAllocator statusAllocator(StatusLists lists) {
		return () -> Mono.zip(lists.allocate(StatusPurpose.REVOCATION), lists.allocate(StatusPurpose.SUSPENSION))
			.map((entries) -> new StatusEntries(entries.getT1(), entries.getT2()));
	}

	/**
	 * The links printed on certificates and their QR codes lead to the web application's
	 * verification page when one is configured, else to this service's own page.
	 */
	@Bean
	VerificationLinks verificationLinks(CertificateProperties properties) {
		return new VerificationLinks(properties.verificationPageBaseUrl());
	}

}
