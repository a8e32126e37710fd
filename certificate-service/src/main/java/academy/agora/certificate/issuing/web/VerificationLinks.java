package academy.agora.certificate.issuing.web;

/**
 * Builds the link printed on a certificate, where anyone can check it.
 */
public class VerificationLinks {

	/** The public verification page; the code follows. */
	public static final String PATH = "/verify/";

	private final String publicBaseUrl;

	/**
	 * Creates the links.
	 * @param publicBaseUrl where the public reaches this service, such as
	 * {@code https://certificates.agora.academy}; blank for links relative to the host
	 */
	public VerificationLinks(String publicBaseUrl) {
		String base = (publicBaseUrl != null) ? publicBaseUrl.strip() : "";
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		this.publicBaseUrl = base;
	}

	public String forCode(String verificationCode) {
		return this.publicBaseUrl + PATH + verificationCode;
	}

}
