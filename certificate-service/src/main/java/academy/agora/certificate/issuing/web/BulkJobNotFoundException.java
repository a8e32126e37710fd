package academy.agora.certificate.issuing.web;

/**
 * No bulk job with this id that the caller may see.
 */
class BulkJobNotFoundException extends RuntimeException {

	BulkJobNotFoundException(String id) {
		super("No bulk job " + id);
	}

}
