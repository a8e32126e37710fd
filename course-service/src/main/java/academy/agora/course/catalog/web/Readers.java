package academy.agora.course.catalog.web;

import academy.agora.course.catalog.domain.ReaderLanguage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The reader's language wishes and how answers say which language they are in.
 */
final class Readers {

	/** The token claim with the language of the reader's account, such as {@code mk}. */
	static final String LOCALE_CLAIM = "locale";

	private Readers() {
	}

	static ReaderLanguage language(String explicit, String acceptLanguage, JwtAuthenticationToken token) {
		String claim = (token != null) ? token.getToken().getClaimAsString(LOCALE_CLAIM) : null;
		return ReaderLanguage.of(explicit, acceptLanguage, claim);
	}

	static <T> ResponseEntity<T> inLanguage(String language, T body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			// Caches must keep one copy per language asked for.
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

}
