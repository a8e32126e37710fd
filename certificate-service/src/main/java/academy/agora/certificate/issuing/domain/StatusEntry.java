package academy.agora.certificate.issuing.domain;

import java.util.Objects;

/**
 * A certificate's bit in a published status list (W3C Bitstring Status List).
 *
 * @param listId the list
 * @param index the bit's position in it
 */
public record StatusEntry(String listId, int index) {

	public StatusEntry {
		Objects.requireNonNull(listId, "listId");
		if (index < 0) {
			throw new IllegalArgumentException("A status list index is not negative");
		}
	}

}
