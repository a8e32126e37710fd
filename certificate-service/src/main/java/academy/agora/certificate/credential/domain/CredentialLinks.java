package academy.agora.certificate.credential.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public URLs that credentials name. Once a credential is signed they cannot change,
 * so they are all built here, from one base URL.
 */
public final class CredentialLinks {

	/** The issuer's Open Badges Profile, which is also the issuer's id. */
	public static final String ISSUER_PATH = "/api/issuer";

	/** One public key each, as a bare JWK, at the URL that is its {@code kid}. */
	public static final String KEYS_PATH = "/api/issuer/keys/";

	/** Every public key the issuer ever signed with. */
	public static final String JWKS_PATH = "/.well-known/jwks.json";

	/** The status list credentials. */
	public static final String STATUS_LISTS_PATH = "/api/status-lists/";

	private final String base;

	/**
	 * Creates the links.
	 * @param publicBaseUrl where the public reaches this service, such as
	 * {@code https://certificates.agora.academy}; credentials need absolute ids, so it
	 * must be an absolute HTTP(S) URL
	 */
	public CredentialLinks(String publicBaseUrl) {
		String base = (publicBaseUrl != null) ? publicBaseUrl.strip() : "";
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		URI uri = URI.create(base);
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"Credentials need an absolute http(s) public base URL, not '" + publicBaseUrl + "'");
		}
		this.base = base;
	}

	public String base() {
		return this.base;
	}

	public String issuer() {
		return this.base + ISSUER_PATH;
	}

	public String jwks() {
		return this.base + JWKS_PATH;
	}

	/**
	 * The {@code kid} of a key: a URL that dereferences to the key as a JWK, as Open
	 * Badges 3.0 asks of a {@code kid}.
	 * @param thumbprint the key's RFC 7638 thumbprint
	 * @return the URL
	 */
	public String key(String thumbprint) {
		return this.base + KEYS_PATH + segment(thumbprint);
	}

	public String statusList(String listId) {
		return this.base + STATUS_LISTS_PATH + segment(listId);
	}

	/**
	 * The id of a certificate's credential: where the certificate API serves it.
	 * @param certificateId the certificate
	 * @return the URL
	 */
	public String credential(String certificateId) {
		return this.base + "/api/certificates/" + segment(certificateId) + "/credential";
	}

	/**
	 * The id of what completing a course version achieves. Not served yet; it is an HTTPS
	 * URL under our name all the same, so that achievement definitions can be published
	 * there later without changing the ids in credentials already signed.
	 * @param courseId the course
	 * @param courseVersion the completed version
	 * @return the URL
	 */
	public String achievement(String courseId, int courseVersion) {
		return this.base + "/api/achievements/" + segment(courseId) + "/versions/" + courseVersion;
	}

	private static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
