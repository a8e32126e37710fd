package academy.agora.certificate.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import academy.agora.certificate.credential.domain.AchievementCredentials;
import academy.agora.certificate.credential.domain.CredentialLinks;
import academy.agora.certificate.credential.domain.CredentialSigner;
import academy.agora.certificate.credential.domain.CredentialVerifier;
import academy.agora.certificate.credential.domain.Issuer;
import academy.agora.certificate.credential.domain.IssuerKeyStore;
import academy.agora.certificate.credential.domain.IssuerKeys;
import academy.agora.certificate.credential.domain.JwtCredentialSigner;
import academy.agora.certificate.credential.domain.StatusIndexCounters;
import academy.agora.certificate.credential.domain.StatusLists;
import academy.agora.certificate.credential.domain.StatusSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Spring-free credential domain.
 */
@Configuration(proxyBeanMethods = false)
class CredentialConfig {

	private static final Logger logger = LoggerFactory.getLogger(CredentialConfig.class);

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	@Bean
	CredentialLinks credentialLinks(CertificateProperties properties) {
		return new CredentialLinks(properties.publicBaseUrl());
	}

	@Bean
	Issuer issuer(CertificateProperties properties, CredentialLinks links) {
		String url = properties.issuerUrl();
		return new Issuer(links.issuer(), properties.issuerName(), (url == null || url.isBlank()) ? links.base() : url);
	}

	@Bean
	IssuerKeys issuerKeys(IssuerKeyStore store, CredentialLinks links, Clock clock) {
		return new IssuerKeys(store, links, clock);
	}

	/**
	 * Settles the active key when the application starts (replicas starting together
	 * agree on one), so that the key set is never empty and the first credential does not
	 * wait for a key to be generated.
	 */
	@Bean
	SmartInitializingSingleton activeIssuerKey(IssuerKeys keys) {
		return () -> logger.info("Issuer key in use: {}", keys.active().block(STARTUP_TIMEOUT));
	}

	@Bean
	CredentialSigner credentialSigner(IssuerKeys keys) {
		return new JwtCredentialSigner(keys);
	}

	@Bean
	CredentialVerifier credentialVerifier(IssuerKeys keys, Issuer issuer) {
		return new CredentialVerifier(keys, issuer.id());
	}

	@Bean
	AchievementCredentials achievementCredentials(Issuer issuer, CredentialLinks links, CredentialSigner signer) {
		return new AchievementCredentials(issuer, links, signer);
	}

	/**
	 * The status lists. Their bits come from the application's {@link StatusSource},
	 * which the certificate store is to provide; until there is one, nothing is revoked
	 * or suspended and every bit is 0.
	 */
	@Bean
	StatusLists statusLists(StatusIndexCounters counters, ObjectProvider<StatusSource> source, CredentialSigner signer,
			CredentialLinks links, Clock clock) {
		// Seeds scatter the indexes; they should not be guessable.
		return new StatusLists(counters, source.getIfAvailable(() -> (purpose, listId) -> Flux.empty()), signer, links,
				clock, new SecureRandom());
	}

}
