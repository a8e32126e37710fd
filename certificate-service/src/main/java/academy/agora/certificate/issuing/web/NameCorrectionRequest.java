package academy.agora.certificate.issuing.web;

import academy.agora.certificate.issuing.domain.Certificate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A corrected name for a certificate.
 *
 * @param name the name as it is to be printed
 * @param reason why it is corrected
 */
record NameCorrectionRequest(@NotBlank @Size(max = Certificate.MAX_NAME_LENGTH) String name,
		@NotBlank @Size(max = 500) String reason) {
}
