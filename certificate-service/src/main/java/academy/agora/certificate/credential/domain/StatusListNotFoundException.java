package academy.agora.certificate.credential.domain;

/**
 * No status list has this id, or none of its positions was handed out yet.
 */
public class StatusListNotFoundException extends RuntimeException {

	public StatusListNotFoundException(String listId) {
		super("There is no status list '" + listId + "'.");
	}

}
