package academy.agora.certificate.config;

import academy.agora.certificate.rendering.CertificatePdf;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Spring-free certificate rendering.
 */
@Configuration(proxyBeanMethods = false)
class RenderingConfig {

	@Bean
	CertificatePdf certificatePdf() {
		return CertificatePdf.withDejaVuSans();
	}

}
