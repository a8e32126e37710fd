package academy.agora.web.certificates;

import academy.agora.web.relay.CertificateApi;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * "My certificates": each with its PDF, downloaded through this application so that the
 * browser never needs a token, and its public verification link to copy or share.
 */
@Controller
class CertificatesController {

	private final CertificateApi certificates;

	CertificatesController(CertificateApi certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/certificates")
	Mono<Rendering> mine() {
		return this.certificates.mine()
			.collectList()
			.map((all) -> Rendering.view("certificates/mine").modelAttribute("certificates", all).build());
	}

	@GetMapping("/certificates/{id}/pdf")
	Mono<ResponseEntity<byte[]>> pdf(@PathVariable String id) {
		return this.certificates.pdf(id).map((pdf) -> {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_PDF);
			String disposition = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
			headers.set(HttpHeaders.CONTENT_DISPOSITION,
					(disposition != null) ? disposition : "attachment; filename=\"certificate.pdf\"");
			headers.setCacheControl(CacheControl.noStore());
			return ResponseEntity.ok().headers(headers).body(pdf.getBody());
		});
	}

}
