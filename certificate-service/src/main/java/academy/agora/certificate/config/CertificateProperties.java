package academy.agora.certificate.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the certificate service.
 *
 * @param publicBaseUrl where the public reaches the verification endpoint; the links on
 * certificates start with it. Blank makes them relative to the host, which signed
 * credentials cannot be: they need it absolute.
 * @param issuerName the issuing organisation, as signed credentials name it
 * @param issuerUrl the issuing organisation's home page; blank for the public base URL
 * @param verificationBaseUrl where the public verification page people open from a
 * printed certificate lives, such as the web application's address (it serves
 * {@code /verify/{code}} too); blank for the public base URL. Credentials keep naming the
 * public base URL, where their keys and status lists are served.
 */
@ConfigurationProperties("agora.certificates")
record CertificateProperties(@DefaultValue("http://localhost:8083") String publicBaseUrl,
		@DefaultValue("Agora Academy") String issuerName, String issuerUrl, String verificationBaseUrl) {

	String verificationPageBaseUrl() {
		return (this.verificationBaseUrl != null && !this.verificationBaseUrl.isBlank()) ? this.verificationBaseUrl
				: this.publicBaseUrl;
	}

}
