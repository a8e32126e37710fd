package academy.agora.certificate.issuing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a coordinator acts; kept with the certificate's history.
 *
 * @param reason the reason
 */
record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
