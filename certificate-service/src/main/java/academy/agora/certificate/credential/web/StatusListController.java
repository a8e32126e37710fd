package academy.agora.certificate.credential.web;

import academy.agora.certificate.credential.domain.CredentialLinks;
import academy.agora.certificate.credential.domain.StatusLists;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status lists, without sign-in, always as signed VC-JWTs: a verifier must check a
 * list's proof before trusting its bits, so an unsigned variant would only invite
 * skipping that. {@code application/vc+jwt} is the media type the VC JOSE/COSE
 * specification registers for a JWT whose payload is the credential, which is what this
 * is; the certificate credentials use the same securing and media type, as the Bitstring
 * Status List specification recommends. Lists may be cached for their {@code ttl}.
 */
@RestController
class StatusListController {

	static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	private final StatusLists statusLists;

	StatusListController(StatusLists statusLists) {
		this.statusLists = statusLists;
	}

	@GetMapping(CredentialLinks.STATUS_LISTS_PATH + "{listId}")
	Mono<ResponseEntity<String>> statusList(@PathVariable String listId) {
		return this.statusLists.credential(listId)
			.map((jwt) -> ResponseEntity.ok()
				.contentType(VC_JWT)
				.cacheControl(CacheControl.maxAge(StatusLists.TTL).cachePublic())
				.body(jwt));
	}

}
