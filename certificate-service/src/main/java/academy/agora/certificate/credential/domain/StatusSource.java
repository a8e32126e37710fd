package academy.agora.certificate.credential.domain;

import reactor.core.publisher.Flux;

/**
 * Where the bits of a status list come from: the certificate store, which knows which
 * certificates are revoked or suspended and which {@link StatusEntry} each holds. Lists
 * are built from it on every request, so a change shows as soon as the store has it (and
 * HTTP caches have let go of the old list).
 */
@FunctionalInterface
public interface StatusSource {

	/**
	 * The indexes in a list whose bit is set: those of the certificates that are revoked
	 * (for {@link StatusPurpose#REVOCATION}) or suspended now (for
	 * {@link StatusPurpose#SUSPENSION}) and whose entry for that purpose is in the list.
	 * Called on every request for the list, so it must be a cheap, indexed query.
	 * @param purpose what the list tells
	 * @param listId the list
	 * @return the indexes, in any order
	 */
	Flux<Integer> setIndexes(StatusPurpose purpose, String listId);

}
