package academy.agora.certificate.credential.domain;

import java.util.Objects;

/**
 * A certificate's position in one status list. The certificate store keeps it with the
 * certificate: it is the only link between the certificate and its bit.
 *
 * @param purpose what the list tells
 * @param listId the list, such as {@code revocation-1}
 * @param index the position in the list, from 0
 */
public record StatusEntry(StatusPurpose purpose, String listId, int index) {

	public StatusEntry {
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(listId, "listId");
		if (index < 0 || index >= StatusLists.SIZE) {
			throw new IllegalArgumentException("A status list index is in [0, " + StatusLists.SIZE + "): " + index);
		}
	}

}
