package academy.agora.certificate.issuing.domain;

import reactor.core.publisher.Mono;

/**
 * Hands out status bits for a newly issued credential, each bit to one issue only.
 */
public interface StatusAllocator {

	Mono<StatusEntries> allocate();

}
