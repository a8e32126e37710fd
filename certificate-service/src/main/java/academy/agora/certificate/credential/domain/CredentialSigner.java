package academy.agora.certificate.credential.domain;

import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * Turns a credential into a verifiable credential.
 */
@FunctionalInterface
public interface CredentialSigner {

	/**
	 * Signs a credential.
	 * @param credential the credential, as JSON-ready maps, lists, strings, numbers and
	 * booleans
	 * @return the VC-JWT, in compact serialization
	 */
	Mono<String> sign(Map<String, Object> credential);

}
