package academy.agora.certificate.issuing.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationLinksTests {

	@Test
	void aLinkStartsWithThePublicBaseUrl() {
		assertThat(new VerificationLinks("https://certificates.agora.academy/").forCode("K7QM-3X9T-PD2W-HA6C"))
			.isEqualTo("https://certificates.agora.academy/verify/K7QM-3X9T-PD2W-HA6C");
	}

	@Test
	void withoutABaseUrlTheLinkIsRelative() {
		assertThat(new VerificationLinks(" ").forCode("K7QM-3X9T-PD2W-HA6C")).isEqualTo("/verify/K7QM-3X9T-PD2W-HA6C");
		assertThat(new VerificationLinks(null).forCode("K7QM-3X9T-PD2W-HA6C")).isEqualTo("/verify/K7QM-3X9T-PD2W-HA6C");
	}

}
