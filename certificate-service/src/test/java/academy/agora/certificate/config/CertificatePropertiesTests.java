package academy.agora.certificate.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePropertiesTests {

	@Test
	void printedLinksLeadToTheWebApplicationWhenOneIsConfigured() {
		assertThat(new CertificateProperties("http://localhost:8083", "Agora Academy", null, "http://localhost:8080")
			.verificationPageBaseUrl()).isEqualTo("http://localhost:8080");
	}

	@Test
	void withoutOneThePrintedLinksLeadToThisService() {
		assertThat(new CertificateProperties("http://localhost:8083", "Agora Academy", null, " ")
			.verificationPageBaseUrl()).isEqualTo("http://localhost:8083");
		assertThat(new CertificateProperties("http://localhost:8083", "Agora Academy", null, null)
			.verificationPageBaseUrl()).isEqualTo("http://localhost:8083");
	}

}
