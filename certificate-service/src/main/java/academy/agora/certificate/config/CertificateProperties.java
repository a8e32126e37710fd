package academy.agora.certificate.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the certificate service.
 *
 * @param publicBaseUrl where the public reaches the verification endpoint; the links on
 * certificates start with it. Blank makes them relative to the host.
 */
@ConfigurationProperties("agora.certificates")
record CertificateProperties(@DefaultValue("http://localhost:8083") String publicBaseUrl) {
}
