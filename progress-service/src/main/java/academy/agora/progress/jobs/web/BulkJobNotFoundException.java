package academy.agora.progress.jobs.web;

/**
 * No such bulk job exists for you. Someone else's job is reported the same way, so ids
 * cannot be probed.
 */
public class BulkJobNotFoundException extends RuntimeException {

	BulkJobNotFoundException(String id) {
		super("No bulk job " + id);
	}

}
