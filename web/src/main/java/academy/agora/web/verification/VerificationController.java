package academy.agora.web.verification;

import java.util.Locale;
import java.util.regex.Pattern;

import academy.agora.web.relay.CertificateApi;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * Public verification, without signing in: the page a certificate's link and QR code
 * open, and a form to type a code from paper. What a code states comes from
 * certificate-service at every request, never from a cache, so a revocation shows at
 * once.
 */
@Controller
class VerificationController {

	/**
	 * Wider than a real code (16 symbols in groups of four) on purpose:
	 * certificate-service reads codes forgivingly and decides; this only keeps junk out
	 * of the URL.
	 */
	private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9 -]{4,40}");

	private final CertificateApi certificates;

	VerificationController(CertificateApi certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/verify")
	Rendering form(@RequestParam(required = false) String code) {
		if (code != null && !code.isBlank()) {
			return Rendering.redirectTo("/verify/" + normalise(code)).build();
		}
		return Rendering.view("verification/form").build();
	}

	@GetMapping("/verify/{code}")
	Mono<Rendering> verify(@PathVariable String code, ServerWebExchange exchange) {
		exchange.getResponse().getHeaders().setCacheControl(CacheControl.noStore());
		if (!PLAUSIBLE.matcher(code).matches()) {
			return Mono.just(unknown(code));
		}
		return this.certificates.verify(code)
			.map((statement) -> Rendering.view("verification/result").modelAttribute("statement", statement).build())
			.onErrorResume(WebClientResponseException.NotFound.class, (ex) -> Mono.just(unknown(code)))
			.onErrorResume(WebClientResponseException.TooManyRequests.class,
					(ex) -> Mono.just(Rendering.view("verification/form")
						.status(HttpStatus.TOO_MANY_REQUESTS)
						.modelAttribute("busy", true)
						.build()));
	}

	private static Rendering unknown(String code) {
		return Rendering.view("verification/form")
			.status(HttpStatus.NOT_FOUND)
			.modelAttribute("unknownCode", code.length() > 40 ? code.substring(0, 40) : code)
			.build();
	}

	private static String normalise(String code) {
		String cleaned = code.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
		return cleaned.isEmpty() ? "-" : cleaned;
	}

}
